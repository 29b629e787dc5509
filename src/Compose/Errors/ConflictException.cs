namespace HostPool;

/// <summary>The request clashes with existing state: a name in use, a lock held, a changed host key.</summary>
public class ConflictException(string message, Exception? innerException = null)
    : HostPoolException(message, ExitCode.Conflict, innerException);
