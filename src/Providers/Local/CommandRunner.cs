using System.Diagnostics;

namespace HostPool.Providers.Local;

/// <summary>Runs local programs (ip, iptables, nsenter) with arguments passed as a list, never through a shell.</summary>
internal sealed class CommandRunner
{
    public async Task<CommandResult> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, string? standardInput = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new ProviderException($"Could not start {program}. Run scripts/install-host-packages.sh as root to install it.");
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput.AsMemory(), cancellationToken);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CommandResult(process.ExitCode, await output, await error);
    }

    /// <summary>Runs the program and throws a ProviderException naming the command when it fails.</summary>
    public async Task<CommandResult> RunCheckedAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, string? standardInput = null)
    {
        var result = await RunAsync(program, arguments, cancellationToken, standardInput);
        if (!result.Succeeded)
        {
            throw new ProviderException(
                $"'{program} {string.Join(' ', arguments)}' failed (exit {result.ExitCode}): {result.StandardError.Trim()}. " +
                "Check that you run as root and that scripts/install-host-packages.sh has been run.");
        }

        return result;
    }
}
