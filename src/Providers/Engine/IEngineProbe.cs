using HostPool.Providers.Model;

namespace HostPool.Providers.Engine;

/// <summary>Asks a host's engine, over mutual TLS, whether it answers and what it is.</summary>
internal interface IEngineProbe
{
    Task<EngineFacts> ProbeAsync(HostRecord host, CancellationToken cancellationToken);
}
