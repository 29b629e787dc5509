using System.Diagnostics;

namespace HostPool.Cli.Commands.Hosts;

/// <summary>Runs an OpenSSH client attached to this terminal and returns its exit code.</summary>
internal static class ExternalProcess
{
    public static async Task<int> RunAttachedAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new UsageException($"Could not start {program}.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new UsageException($"'{program}' was not found. Install the OpenSSH client (apt-get install openssh-client).");
        }

        using (process)
        {
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode;
        }
    }
}
