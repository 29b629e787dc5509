using HostPool.Providers.Ssh;
using System.Text.RegularExpressions;

namespace HostPool.Providers.Provisioning;

/// <summary>
/// Sets the machine's hostname to the host's name (never for adopted machines). /etc/hostname is written only
/// when this shell sees the machine's own files; a namespace host changes only its UTS hostname.
/// </summary>
internal static partial class HostnameStep
{
    public static string Script(string hostName, bool persist)
    {
        if (hostName.Length > 63 || !HostnamePattern().IsMatch(hostName))
        {
            throw new InvalidInputException(
                $"'{hostName}' cannot be a hostname: use up to 63 letters, digits and hyphens, not starting or ending with a hyphen, or create the host without setting its hostname.");
        }

        var name = ShellQuote.Quote(hostName.ToLowerInvariant());
        var runtime = $"{{ [ \"$(hostname 2>/dev/null || cat /proc/sys/kernel/hostname)\" = {name} ] || hostname {name} 2>/dev/null || echo {name} > /proc/sys/kernel/hostname; }}";
        if (!persist)
        {
            return runtime;
        }

        return runtime + $" && {{ [ \"$(cat /etc/hostname 2>/dev/null)\" = {name} ] || {{ [ -e /etc/hostname ] && [ ! -w /etc/hostname ]; }} || echo {name} > /etc/hostname; }}";
    }

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$")]
    private static partial Regex HostnamePattern();
}
