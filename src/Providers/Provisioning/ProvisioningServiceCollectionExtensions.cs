using HostPool.Providers.Engine;
using HostPool.Providers.Ssh;
using HostPool.Providers.Tls;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HostPool.Providers.Provisioning;

/// <summary>
/// Registers the certificate authority, the engine client factory and the provisioner. Needs a
/// <see cref="HostPoolHome"/> and an <see cref="ISshConnector"/> registered; TimeProvider defaults to the system clock.
/// </summary>
public static class ProvisioningServiceCollectionExtensions
{
    public static IServiceCollection AddProvisioning(this IServiceCollection services, ProvisioningOptions? options = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options ?? new ProvisioningOptions());
        services.TryAddSingleton(provider => CertificateAuthority.Create(provider.GetRequiredService<HostPoolHome>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => EngineClients.Create(provider.GetRequiredService<HostPoolHome>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => Provisioners.Create(
            provider.GetRequiredService<ISshConnector>(),
            provider.GetRequiredService<ICertificateAuthority>(),
            provider.GetRequiredService<IEngineClientFactory>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ProvisioningOptions>()));
        return services;
    }
}
