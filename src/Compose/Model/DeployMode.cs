namespace HostPool.Compose.Model;

/// <summary>How replicas of a service are placed: a fixed count, or one per host.</summary>
public enum DeployMode
{
    Replicated,
    Global,
    ReplicatedJob,
    GlobalJob,
}
