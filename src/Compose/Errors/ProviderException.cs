namespace HostPool;

/// <summary>A provider (cloud API, SSH, engine) failed; the message says which and what to change.</summary>
public class ProviderException(string message, Exception? innerException = null)
    : HostPoolException(message, ExitCode.ProviderError, innerException);
