namespace HostPool.Providers.Hosts;

/// <summary>A create that failed at a named step, with what rollback managed to do.</summary>
public sealed class HostCreateException : HostPoolException
{
    public HostCreateException(string host, string step, Exception cause, string? rollbackFailure, bool cancelled)
        : base(Describe(host, step, cause, rollbackFailure, cancelled), ExitCodeFor(cause, cancelled), cause)
    {
        Host = host;
        Step = step;
        RolledBack = rollbackFailure is null;
    }

    public string Host { get; }

    public string Step { get; }

    public bool RolledBack { get; }

    private static string Describe(string host, string step, Exception cause, string? rollbackFailure, bool cancelled)
    {
        var what = cancelled
            ? $"Creating host '{host}' was cancelled during step '{step}'."
            : $"Creating host '{host}' failed during step '{step}': {cause.Message}";
        var cleanup = rollbackFailure is null
            ? " Everything it had made was removed."
            : $" Rollback could not remove everything ({rollbackFailure}); the host is kept in state Error so nothing is forgotten. " +
              $"Run 'hostpool rm {host}' to retry the cleanup.";
        return what + cleanup;
    }

    private static ExitCode ExitCodeFor(Exception cause, bool cancelled) =>
        cancelled ? ExitCode.Cancelled : cause is HostPoolException known ? known.ExitCode : ExitCode.ProviderError;
}
