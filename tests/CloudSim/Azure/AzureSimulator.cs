using System.Security.Cryptography.X509Certificates;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.Azure;

/// <summary>
/// Azure Resource Manager and the Entra ID token endpoint, over https on loopback with a certificate made at start
/// (written as PEM to <see cref="CaCertificateFile"/> for clients to trust explicitly). VMs are backed by the machine
/// backend, so a VM made here is a host one can log in to with the SSH key its osProfile carried.
/// </summary>
public sealed class AzureSimulator : ICloudSimulator, IAsyncDisposable
{
    private readonly AzureCloud _cloud;
    private readonly IdentityEndpoints _identity;
    private readonly ArmRouter _router;

    public AzureSimulator(AzureSimOptions options, IMachineBackend backend, TimeProvider time, string? certificateFolder = null)
    {
        Options = options;
        _cloud = new AzureCloud(options, backend, time);
        _identity = new IdentityEndpoints(options, time);
        _router = new ArmRouter(_cloud, _identity, Faults);
        Certificate = SimCertificate.Create(time);
        CaCertificateFile = SimCertificate.WritePem(
            Certificate, certificateFolder ?? Path.Combine(MachineBackends.DefaultHome, "azure"), $"ca-{Convert.ToHexStringLower(Certificate.GetCertHash())[..12]}.pem");
    }

    public string Name => "azure";

    public AzureSimOptions Options { get; }

    public FaultInjector Faults { get; } = new();

    /// <summary>The server certificate (with its key) the simulator serves https with.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The PEM file clients trust with --azure-ca-cert.</summary>
    public string CaCertificateFile { get; }

    public void Map(IEndpointRouteBuilder routes)
    {
        _identity.Map(routes);
        routes.Map("/subscriptions/{**rest}", _router.HandleAsync);
    }

    public IReadOnlyList<LiveResource> LiveResources()
    {
        lock (_cloud.Gate)
        {
            var groups = _cloud.Groups.Values.Select(g => new LiveResource(Name, "resource-group", g.Id, g.ProvisioningState) { Tags = g.Tags });
            var resources = _cloud.Resources.Values.Select(r => new LiveResource(
                Name, r.Type, r.Id, r.PowerState is { } power ? $"{r.ProvisioningState} {power}" : r.ProvisioningState)
            {
                Tags = r.Tags.Count > 0 ? new Dictionary<string, string>(r.Tags) : new Dictionary<string, string>(r.ReportTags),
            });
            var vmTags = _cloud.Resources.Values.Where(r => r.Machine is not null).ToDictionary(r => r.Machine!.Id, r => r.Tags, StringComparer.Ordinal);
            var machines = _cloud.Backend.Machines.Select(m => new LiveResource(Name, "machine", m.Id, $"{_cloud.Backend.Name} {m.Address}")
            {
                Tags = vmTags.GetValueOrDefault(m.Id) ?? new Dictionary<string, string>(),
            });
            return [.. groups, .. resources, .. machines];
        }
    }

    public IReadOnlyList<string> Describe() =>
    [
        $"subscription {Options.SubscriptionId}",
        $"tenant {Options.TenantId} (any client id; {(Options.ClientSecret is null ? "any client secret" : "the configured client secret")})",
        $"ca-cert {CaCertificateFile} (pass --azure-ca-cert; --azure-arm-endpoint and --azure-authority-host are the endpoint)",
        $"locations {string.Join(", ", Options.Locations)}",
    ];

    public async ValueTask DisposeAsync()
    {
        await _cloud.DisposeAsync();
        Certificate.Dispose();
    }
}
