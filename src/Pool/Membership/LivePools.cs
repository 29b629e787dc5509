using HostPool.Providers.Engine;
using HostPool.Providers.Store;

namespace HostPool.Pool.Membership;

/// <summary>Creates live pool readers.</summary>
public static class LivePools
{
    public static ILivePool Create(IHostStore store, IEngineClientFactory engines, TimeSpan? timeout = null) =>
        new LivePool(store, engines, timeout ?? TimeSpan.FromSeconds(15));
}
