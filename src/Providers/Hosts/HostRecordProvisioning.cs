using HostPool.Providers.Model;
using HostPool.Providers.Provisioning;

namespace HostPool.Providers.Hosts;

/// <summary>How a provisioning result lands on a host record.</summary>
internal static class HostRecordProvisioning
{
    public static HostRecord WithProvisioning(this HostRecord host, ProvisionResult result) => host with
    {
        State = HostState.Running,
        DockerVersion = result.DockerVersion,
        OperatingSystem = result.OperatingSystem,
        CertificateAddresses = result.CertificateAddresses,
        LastError = null,
        FailedStep = null,
    };
}
