using HostPool.Pool.Deploy;
using HostPool.Pool.Membership;
using HostPool.Providers.Engine;
using HostPool.Providers.Store;

namespace HostPool.Pool.Operations;

/// <summary>Creates the operations over deployed projects and the pool's hosts.</summary>
public static class PoolOperations
{
    public static IProjectOperations Projects(IHostStore store, IEngineClientFactory engines) =>
        new ProjectOperations(LivePools.Create(store, engines), engines);

    public static IPoolTop Top(IHostStore store, IEngineClientFactory engines) =>
        new PoolTop(LivePools.Create(store, engines), engines);

    /// <param name="local">The user's own engine (default: the one DOCKER_HOST or the default socket names).</param>
    public static IImagePusher ImagePusher(IHostStore store, IEngineClientFactory engines, ILocalEngine? local = null, TimeProvider? timeProvider = null) =>
        new ImagePusher(LivePools.Create(store, engines), engines, local ?? LocalEngines.FromProcess(), timeProvider ?? TimeProvider.System);
}
