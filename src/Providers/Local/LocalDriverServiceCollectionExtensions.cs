using HostPool.Providers;
using HostPool.Providers.Drivers;
using HostPool.Providers.Local;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the local driver (Docker hosts in Linux namespaces on this machine).</summary>
public static class LocalDriverServiceCollectionExtensions
{
    /// <summary>Adds the "local" <see cref="IHostDriver"/>; needs <see cref="HostPoolHome"/> registered, and uses <see cref="TimeProvider"/> when registered.</summary>
    public static IServiceCollection AddLocalDriver(this IServiceCollection services)
    {
        services.AddSingleton<IHostDriver>(sp => LocalDriverFactory.Create(
            sp.GetRequiredService<HostPoolHome>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }
}
