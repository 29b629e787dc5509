namespace HostPool.CloudSim.OpenStack;

/// <summary>The services the simulator serves, each under its own path: /identity/v3, /compute/v2.1, /network/v2.0, /image/v2.</summary>
internal enum OsService
{
    Identity,
    Compute,
    Network,
    Image,
}
