namespace HostPool.Providers.Provisioning;

/// <summary>Bounds of the provisioner's waits.</summary>
public sealed record ProvisioningOptions
{
    /// <summary>How often the install is retried while another package manager holds the lock.</summary>
    public int PackageLockRetries { get; init; } = 30;

    public TimeSpan PackageLockDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the engine is asked over TLS before provisioning gives up.</summary>
    public int EngineReadyRetries { get; init; } = 60;

    public TimeSpan EngineReadyDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one /_ping + /info attempt may take (a filtered port otherwise hangs until TCP gives up).</summary>
    public TimeSpan EngineProbeTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
