using HostPool.Pool.Membership;
using HostPool.Providers.Engine;
using HostPool.Providers.Hosts;
using HostPool.Providers.Store;

namespace HostPool.Pool.Deploy;

/// <summary>Creates project deployers.</summary>
public static class ProjectDeployers
{
    public static IProjectDeployer Create(IHostStore store, IEngineClientFactory engines, PoolClusterPorts clusterPorts, TimeProvider? time = null) =>
        new ProjectDeployer(LivePools.Create(store, engines), engines, clusterPorts, time ?? TimeProvider.System);
}
