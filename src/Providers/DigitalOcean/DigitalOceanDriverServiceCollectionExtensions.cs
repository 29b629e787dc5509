using HostPool.Providers;
using HostPool.Providers.DigitalOcean;
using HostPool.Providers.Drivers;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the digitalocean driver and its garbage collector.</summary>
public static class DigitalOceanDriverServiceCollectionExtensions
{
    /// <summary>
    /// Adds the "digitalocean" <see cref="IHostDriver"/> and <see cref="IDigitalOceanGarbageCollector"/>; needs
    /// <see cref="HostPoolHome"/> and <see cref="IHostStore"/> registered; uses <see cref="TimeProvider"/> and
    /// <see cref="DigitalOceanDriverOptions"/> when registered.
    /// </summary>
    public static IServiceCollection AddDigitalOceanDriver(this IServiceCollection services)
    {
        services.TryAddSingleton(new DigitalOceanDriverOptions());
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<DigitalOceanDriverOptions>();
            return new DigitalOceanServices(DigitalOceanServices.NewHttpClient(options), options, sp.GetService<TimeProvider>() ?? TimeProvider.System);
        });
        services.AddSingleton<IHostDriver>(sp => new DigitalOceanDriver(sp.GetRequiredService<HostPoolHome>(), sp.GetRequiredService<DigitalOceanServices>()));
        services.TryAddSingleton<IDigitalOceanGarbageCollector>(sp => new DigitalOceanGarbageCollector(sp.GetRequiredService<IHostStore>(), sp.GetRequiredService<DigitalOceanServices>()));
        services.AddSingleton<HostPool.Providers.Drivers.IOrphanCollector>(sp => new DigitalOceanOrphanCollector(sp.GetRequiredService<IDigitalOceanGarbageCollector>()));
        return services;
    }
}
