using System.Globalization;
using System.Text.RegularExpressions;
using HostPool.Providers.Model;

namespace HostPool.Providers.Local;

/// <summary>The local driver's flags, parsed and checked.</summary>
internal sealed partial record LocalOptions(double Cpus, long MemoryBytes, Ipv4Subnet Subnet, string Bridge)
{
    public HostCapacity Capacity => new(Cpus, MemoryBytes);

    /// <summary>Reads the flags of <paramref name="spec"/>, with defaults; throws a UsageException listing every bad one.</summary>
    public static LocalOptions From(HostSpec spec)
    {
        var problems = new List<string>();
        var cpusText = spec.Option(LocalFlags.Cpus) ?? LocalFlags.DefaultCpus;
        if (!double.TryParse(cpusText, NumberStyles.Float, CultureInfo.InvariantCulture, out var cpus) || cpus <= 0 || cpus > 1024)
        {
            problems.Add($"--{LocalFlags.Cpus} '{cpusText}' is not a CPU count (e.g. 2 or 0.5)");
        }

        var memoryText = spec.Option(LocalFlags.Memory) ?? LocalFlags.DefaultMemory;
        if (!MemorySize.TryParse(memoryText, out var memory))
        {
            problems.Add($"--{LocalFlags.Memory} '{memoryText}' is not a size (e.g. 2GiB or 2048MiB)");
        }

        var subnetText = spec.Option(LocalFlags.Subnet) ?? LocalFlags.DefaultSubnet;
        if (!Ipv4Subnet.TryParse(subnetText, out var subnet) || subnet.PrefixLength is < 16 or > 29)
        {
            problems.Add($"--{LocalFlags.Subnet} '{subnetText}' is not an IPv4 range from /16 to /29 (e.g. {LocalFlags.DefaultSubnet})");
        }
        else if (!subnet.IsPrivate())
        {
            problems.Add($"--{LocalFlags.Subnet} '{subnetText}' is not a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)");
        }

        var bridge = spec.Option(LocalFlags.Bridge) ?? LocalFlags.DefaultBridge;
        if (!InterfaceName().IsMatch(bridge))
        {
            problems.Add($"--{LocalFlags.Bridge} '{bridge}' is not an interface name (1 to 15 of a-z, A-Z, 0-9, '-', '_')");
        }

        if (!HostName().IsMatch(spec.Name))
        {
            problems.Add($"host name '{spec.Name}' is not a hostname (1 to 63 of a-z, A-Z, 0-9 and '-', not starting with '-')");
        }

        if (problems.Count > 0)
        {
            throw new UsageException("The local driver cannot use these flags: " + string.Join("; ", problems) + ".");
        }

        return new LocalOptions(cpus, memory, subnet, bridge);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,15}$")]
    private static partial Regex InterfaceName();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,62}$")]
    private static partial Regex HostName();
}
