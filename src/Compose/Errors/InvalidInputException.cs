namespace HostPool;

/// <summary>An input file (compose, hosts, env) that is not valid; the message lists every problem found.</summary>
public class InvalidInputException(string message, Exception? innerException = null)
    : HostPoolException(message, ExitCode.InvalidInput, innerException);
