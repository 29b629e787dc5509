using System.Diagnostics;

namespace HostPool.Providers.Tests.TestKit;

/// <summary>Runs a script with the machine's /bin/sh and returns what it printed.</summary>
public static class ShellCommand
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string script, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start /bin/sh.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
