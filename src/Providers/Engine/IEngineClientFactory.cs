using Docker.DotNet;
using HostPool.Providers.Model;

namespace HostPool.Providers.Engine;

/// <summary>
/// Makes Docker API clients for hosts, always over mutual TLS with the home's client certificate,
/// trusting only the home's CA.
/// </summary>
public interface IEngineClientFactory
{
    IDockerClient Create(HostRecord host);
}
