using HostPool.Providers.Model;

namespace HostPool.Providers.Engine;

/// <summary>Calls /_ping and /info through a client the factory makes (mutual TLS with the home's certificates).</summary>
internal sealed class DockerEngineProbe(IEngineClientFactory engines) : IEngineProbe
{
    public async Task<EngineFacts> ProbeAsync(HostRecord host, CancellationToken cancellationToken)
    {
        using var client = engines.Create(host);
        await client.System.PingAsync(cancellationToken).ConfigureAwait(false);
        var info = await client.System.GetSystemInfoAsync(cancellationToken).ConfigureAwait(false);
        return new EngineFacts(info.ServerVersion, info.NCPU, info.MemTotal);
    }
}
