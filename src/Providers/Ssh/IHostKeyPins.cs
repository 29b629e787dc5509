namespace HostPool.Providers.Ssh;

/// <summary>
/// The SSH host key pinned for each host, kept in the host's folder under HOSTPOOL_HOME (0600).
/// Forget it to accept a new key deliberately (a machine rebuilt on purpose).
/// </summary>
public interface IHostKeyPins
{
    /// <summary>The pinned key, or null when the host has not been contacted yet.</summary>
    Task<HostKeyPin?> FindAsync(string hostName, CancellationToken cancellationToken);

    Task PinAsync(string hostName, HostKeyPin pin, CancellationToken cancellationToken);

    /// <summary>Drops the pin; the next contact pins whatever key the host presents. Nothing pinned is fine.</summary>
    Task ForgetAsync(string hostName, CancellationToken cancellationToken);
}
