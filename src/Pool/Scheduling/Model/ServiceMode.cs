namespace HostPool.Pool.Scheduling;

/// <summary>compose `deploy.mode`.</summary>
public enum ServiceMode
{
    /// <summary>A fixed number of replicas (`deploy.replicas`, default 1).</summary>
    Replicated,

    /// <summary>One replica on every eligible host.</summary>
    Global,
}
