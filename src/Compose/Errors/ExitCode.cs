namespace HostPool;

/// <summary>The exit codes of the hostpool command, one per kind of outcome.</summary>
public enum ExitCode
{
    Success = 0,
    Failure = 1,
    Usage = 2,
    InvalidInput = 3,
    NotFound = 4,
    Conflict = 5,
    ProviderError = 6,
    PartialFailure = 7,
    Cancelled = 130,
}
