using HostPool.Providers.Engine;
using HostPool.Providers.Ssh;
using HostPool.Providers.Tls;

namespace HostPool.Providers.Provisioning;

/// <summary>Creates the provisioner of a hostpool home.</summary>
public static class Provisioners
{
    public static IProvisioner Create(
        HostPoolHome home,
        ISshConnector connector,
        IEngineClientFactory engines,
        TimeProvider timeProvider,
        ProvisioningOptions? options = null) =>
        Create(connector, CertificateAuthority.Create(home, timeProvider), engines, timeProvider, options);

    public static IProvisioner Create(
        ISshConnector connector,
        ICertificateAuthority authority,
        IEngineClientFactory engines,
        TimeProvider timeProvider,
        ProvisioningOptions? options = null) =>
        Create(connector, authority, new DockerEngineProbe(engines), timeProvider, options ?? new ProvisioningOptions(), EngineLayout.Standard);

    internal static IProvisioner Create(
        ISshConnector connector,
        ICertificateAuthority authority,
        IEngineProbe probe,
        TimeProvider timeProvider,
        ProvisioningOptions options,
        EngineLayout layout) =>
        new SshProvisioner(
            connector,
            authority,
            new DockerInstaller(PackageLock.CreatePipeline(options, timeProvider)),
            new EngineReadiness(probe, options, timeProvider),
            layout);
}
