using HostPool.Providers.Model;

namespace HostPool.Providers.Ssh;

/// <summary>
/// Opens SSH sessions to hosts. Waits for SSH with a bounded, configurable retry pipeline; pins the
/// host key on first contact (stored in the host's folder under HOSTPOOL_HOME) and refuses a changed key
/// afterwards with a ConflictException that says how to accept the new key deliberately.
/// </summary>
public interface ISshConnector
{
    Task<ISshSession> ConnectAsync(string hostName, SshEndpoint endpoint, CancellationToken cancellationToken);
}
