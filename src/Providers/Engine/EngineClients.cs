namespace HostPool.Providers.Engine;

/// <summary>Creates the engine client factory of a hostpool home.</summary>
public static class EngineClients
{
    public static IEngineClientFactory Create(HostPoolHome home, TimeProvider timeProvider) =>
        new EngineClientFactory(home, timeProvider);
}
