using System.CommandLine;

namespace HostPool.Cli;

/// <summary>
/// Parses the command line, runs one command and maps the outcome to an exit code.
/// This is the CLI's one exception boundary: commands throw, this turns it into a message and a code.
/// </summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGINT,
            context =>
            {
                context.Cancel = true;
                cancellation.Cancel();
            });

        var root = CommandTree.Build(environment);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await environment.Error.WriteLineAsync($"error: {error.Message}");
            }

            await environment.Error.WriteLineAsync("Run 'hostpool --help' (or 'hostpool COMMAND --help') for usage.");
            return (int)ExitCode.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await environment.Error.WriteLineAsync("Cancelled. Anything half-made was rolled back.");
            return (int)ExitCode.Cancelled;
        }
        catch (HostPoolException exception)
        {
            await environment.Error.WriteLineAsync($"error: {exception.Message}");
            return (int)exception.ExitCode;
        }
    }
}
