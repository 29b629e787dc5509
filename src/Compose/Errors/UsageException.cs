namespace HostPool;

/// <summary>A flag, argument or combination of them that cannot work; the message names the fix.</summary>
public sealed class UsageException(string message) : HostPoolException(message, ExitCode.Usage);
