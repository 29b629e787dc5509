using System.Runtime.InteropServices;

namespace HostPool.Integration.Tests.Support;

/// <summary>Skips a test, saying why, when this machine cannot make namespace hosts (not Linux, not root, tools missing).</summary>
public static class RootNamespaces
{
    private static readonly string[] Tools = ["/usr/sbin/sshd", "/usr/bin/nsenter", "/usr/bin/unshare", "/usr/sbin/iptables"];

    public static void Require()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("Local hosts are Linux namespaces: this test needs Linux.");
        }

        if (geteuid() != 0)
        {
            Assert.Skip("Local hosts need root to create network and mount namespaces, bridges and iptables rules: run the tests as root.");
        }

        var missing = Tools.Where(tool => !File.Exists(tool)).ToList();
        if (missing.Count > 0 || !File.Exists("/usr/sbin/ip") && !File.Exists("/sbin/ip"))
        {
            Assert.Skip($"Missing {string.Join(", ", missing.DefaultIfEmpty("ip"))}: run scripts/install-host-packages.sh as root.");
        }
    }

    /// <summary>Skips unless dockerd is installed (docker.io).</summary>
    public static void RequireDocker()
    {
        Require();
        if (!File.Exists("/usr/sbin/dockerd") && !File.Exists("/usr/bin/dockerd"))
        {
            Assert.Skip("dockerd is missing: run scripts/install-host-packages.sh as root to install docker.io.");
        }
    }

    [DllImport("libc")]
    private static extern uint geteuid();
}
