namespace HostPool;

/// <summary>A named thing (host, pool, project, service) that does not exist.</summary>
public sealed class NotFoundException(string message) : HostPoolException(message, ExitCode.NotFound);
