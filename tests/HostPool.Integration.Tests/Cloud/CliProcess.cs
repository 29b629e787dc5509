using System.Diagnostics;
using HostPool.Integration.Tests.Cli;

namespace HostPool.Integration.Tests.Cloud;

/// <summary>The built hostpool CLI as its own process, on a harness's home, so a test can kill it outright (SIGKILL), not cancel it.</summary>
internal static class CliProcess
{
    public static Process Start(CliHarness cli, IEnumerable<string> args)
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
        var dll = Path.Combine(DockerCli.RepositoryRoot(), "src", "Cli", "bin", configuration, "net10.0", "hostpool.dll");
        var start = new ProcessStartInfo("dotnet", [dll, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["HOSTPOOL_HOME"] = cli.Home.Root;
        start.Environment["CI"] = "true";
        return Process.Start(start)!;
    }
}
