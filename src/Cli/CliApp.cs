using System.CommandLine;
using HostPool.Cli.Audit;

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

        // Commands that change hosts or projects leave one audit entry per target, whatever their outcome.
        var audit = AuditRecorder.For(parse, args, environment);
        try
        {
            var code = await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellation.Token);
            await (audit?.RecordAsync(code, null) ?? Task.CompletedTask);
            return code;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await environment.Error.WriteLineAsync("Cancelled. Anything half-made was rolled back.");
            await (audit?.RecordAsync((int)ExitCode.Cancelled, "cancelled") ?? Task.CompletedTask);
            return (int)ExitCode.Cancelled;
        }
        catch (HostPoolException exception)
        {
            await environment.Error.WriteLineAsync($"error: {exception.Message}");
            await (audit?.RecordAsync((int)exception.ExitCode, exception.Message) ?? Task.CompletedTask);
            return (int)exception.ExitCode;
        }
        catch (Exception exception) when (audit is not null)
        {
            await audit.RecordAsync((int)ExitCode.Failure, exception.Message);
            throw;
        }
    }
}
