using HostPool.Providers.Model;
using HostPool.Providers.Ssh;

namespace HostPool.Providers.Tests.TestKit;

/// <summary>Hands out one scripted session and records who asked for it.</summary>
public sealed class ScriptedSshConnector(ScriptedSshSession session) : ISshConnector
{
    public List<(string HostName, SshEndpoint Endpoint)> Connections { get; } = [];

    public Task<ISshSession> ConnectAsync(string hostName, SshEndpoint endpoint, CancellationToken cancellationToken)
    {
        Connections.Add((hostName, endpoint));
        return Task.FromResult<ISshSession>(session);
    }
}
