namespace HostPool.Providers.Model;

/// <summary>
/// A host as the store keeps it. Holds no credentials: keys and certificates live in files under
/// HOSTPOOL_HOME (0600) and are referenced by relative path.
/// </summary>
public sealed record HostRecord
{
    public required string Name { get; init; }

    public required string Pool { get; init; }

    public required string Driver { get; init; }

    public HostState State { get; init; } = HostState.Creating;

    public DateTimeOffset CreatedAt { get; init; }

    public SshEndpoint? Ssh { get; init; }

    /// <summary>The address clients use (engine URL, SSH); for local hosts their bridge IP.</summary>
    public string? PublicAddress { get; init; }

    public string? PrivateAddress { get; init; }

    /// <summary>The provider's id of the machine (instance id, droplet id, server id, VM resource id, namespace name).</summary>
    public string? ProviderId { get; init; }

    public string? Region { get; init; }

    /// <summary>The journal: every resource created for this host, in creation order.</summary>
    public IReadOnlyList<ResourceRef> Resources { get; init; } = [];

    /// <summary>Non-secret driver data needed later (e.g. security group id, the address range a local host uses).</summary>
    public IReadOnlyDictionary<string, string> ProviderData { get; init; } = new Dictionary<string, string>();

    /// <summary>Non-secret driver flags as given at create (secrets are never stored).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DriverOptions { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public EngineOptions Engine { get; init; } = new();

    public IReadOnlyList<string> TlsSans { get; init; } = [];

    /// <summary>Pool labels set with `pool label` (scheduler constraints read them as node.labels.*).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public HostCapacity? DeclaredCapacity { get; init; }

    public string? DockerVersion { get; init; }

    /// <summary>The OS seen by the provisioner, e.g. "debian 12".</summary>
    public string? OperatingSystem { get; init; }

    /// <summary>The addresses the server certificate was issued for; a change triggers regeneration.</summary>
    public IReadOnlyList<string> CertificateAddresses { get; init; } = [];

    public string? LastError { get; init; }

    public string? FailedStep { get; init; }

    public string? DockerUrl => PublicAddress is null ? null : $"tcp://{FormatHost(PublicAddress)}:{Engine.Port}";

    private static string FormatHost(string address) => address.Contains(':') ? $"[{address}]" : address;
}
