namespace HostPool.Providers.Provisioning;

/// <summary>What provisioning found and did.</summary>
public sealed record ProvisionResult(
    string DockerVersion,
    string OperatingSystem,
    bool InstalledDocker,
    IReadOnlyList<string> CertificateAddresses,
    double? EngineCpus = null,
    long? EngineMemoryBytes = null);
