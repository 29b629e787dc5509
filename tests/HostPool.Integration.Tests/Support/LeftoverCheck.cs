using HostPool.Providers;
using HostPool.Providers.Local;
using HostPool.Providers.Model;

namespace HostPool.Integration.Tests.Support;

/// <summary>Lists what of a local host is still on the machine: namespace, veth, processes, mounts, folder, bridge, FORWARD rule.</summary>
public static class LeftoverCheck
{
    public static IReadOnlyList<string> Of(HostPoolHome home, HostRecord host, string bridge, IReadOnlyCollection<int> pids)
    {
        var names = LocalNames.For(home, host.Name);
        var folder = home.MachineDirectory(host.Name);
        var left = new List<string>();
        if (File.Exists($"/run/netns/{names.Namespace}"))
        {
            left.Add($"network namespace {names.Namespace}");
        }

        if (Directory.Exists($"/sys/class/net/{names.Veth}"))
        {
            left.Add($"veth {names.Veth}");
        }

        left.AddRange(pids.Where(pid => File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1].StartsWith('Z'))
            .Select(pid => $"process {pid}"));
        left.AddRange(File.ReadAllLines("/proc/self/mountinfo").Where(line => line.Contains(home.Root, StringComparison.Ordinal)).Select(line => $"mount {line}"));
        if (Directory.Exists(folder))
        {
            left.Add($"folder {folder}");
        }

        if (Directory.Exists($"/sys/class/net/{bridge}"))
        {
            left.Add($"bridge {bridge}");
        }

        if (Run("iptables", "-w", "5", "-C", "FORWARD", "-i", bridge, "-o", bridge, "-j", "ACCEPT").ExitCode == 0)
        {
            left.Add($"iptables FORWARD rule for {bridge}");
        }

        return left;
    }

    /// <summary>Every process now in the host's network namespace (to check afterwards that they ended).</summary>
    public static IReadOnlyList<int> ProcessesOf(HostPoolHome home, string hostName) =>
        Run("ip", "netns", "pids", LocalNames.For(home, hostName).Namespace).Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => int.Parse(line.Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    private static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
