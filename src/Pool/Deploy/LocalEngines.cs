using HostPool.Providers.Engine;

namespace HostPool.Pool.Deploy;

/// <summary>Finds the user's own engine from environment variables, as the docker CLI does.</summary>
public static class LocalEngines
{
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The engine this process's DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH name (default: the unix socket).</summary>
    public static ILocalEngine FromProcess() => From(Environment.GetEnvironmentVariable);

    public static ILocalEngine From(Func<string, string?> variable) =>
        new LocalEngine(LocalEngineEndpoint.FromEnvironment(variable), TimeProvider.System, PingTimeout);
}
