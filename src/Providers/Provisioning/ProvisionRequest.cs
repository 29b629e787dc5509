using HostPool.Providers.Model;

namespace HostPool.Providers.Provisioning;

/// <summary>What the provisioner needs to know about a host. <see cref="Host"/> has its SSH endpoint and addresses set.</summary>
public sealed record ProvisionRequest(HostRecord Host)
{
    /// <summary>Engine labels hostpool adds (provider=..., hostpool.host=..., region=...), before the user's --engine-label ones.</summary>
    public IReadOnlyList<string> SystemLabels { get; init; } = [];

    /// <summary>Whether the provisioner may set the machine's hostname (false for adopted machines).</summary>
    public bool SetHostname { get; init; }

    /// <summary>Issue a new server certificate even if the current one is valid for the host's addresses.</summary>
    public bool RegenerateCertificates { get; init; }
}
