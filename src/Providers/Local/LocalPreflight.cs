using HostPool.Providers.Model;

namespace HostPool.Providers.Local;

/// <summary>What must hold before a local host is made: Linux, root, the tools, valid flags, a range nothing else routes.</summary>
internal sealed class LocalPreflight(CommandRunner runner)
{
    private static readonly string[] Tools = ["nsenter", "unshare", "ip", "iptables", "setsid", "mount"];

    public async Task CheckAsync(HostSpec spec, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux() || !Posix.IsRoot)
        {
            throw new UsageException(
                "the local driver needs root on Linux: run as root (sudo) on a Linux machine, or use another --driver.");
        }

        var missing = Tools.Where(tool => FindOnPath(tool) is null).ToList();
        if (!File.Exists(SshdHost.Program))
        {
            missing.Add(SshdHost.Program);
        }

        if (missing.Count > 0)
        {
            throw new UsageException(
                $"The local driver needs {string.Join(", ", missing)}, which this machine lacks: run scripts/install-host-packages.sh as root.");
        }

        var options = LocalOptions.From(spec);
        if (Directory.Exists($"/sys/class/net/{options.Bridge}") && !Directory.Exists($"/sys/class/net/{options.Bridge}/bridge"))
        {
            throw new UsageException($"The interface {options.Bridge} exists and is not a bridge: choose another --{LocalFlags.Bridge}.");
        }

        await CheckRangeIsFreeAsync(options, cancellationToken);
    }

    private async Task CheckRangeIsFreeAsync(LocalOptions options, CancellationToken cancellationToken)
    {
        var routes = await runner.RunCheckedAsync("ip", ["-4", "-o", "route", "show"], cancellationToken);
        foreach (var line in routes.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var device = words.SkipWhile(word => word != "dev").Skip(1).FirstOrDefault();
            var prefix = words[0].Contains('/') ? words[0] : words[0] + "/32";
            if (device != options.Bridge && Ipv4Subnet.TryParse(prefix, out var routed) && routed.PrefixLength > 0 && routed.Overlaps(options.Subnet))
            {
                throw new UsageException(
                    $"The range {options.Subnet} overlaps {routed} on {device}, which this machine already uses: choose a free private range with --{LocalFlags.Subnet}.");
            }
        }
    }

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/sbin:/usr/bin:/sbin:/bin")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin").Append("/sbin")
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);
}
