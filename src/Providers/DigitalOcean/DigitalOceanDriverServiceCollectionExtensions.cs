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
        services.AddSingleton<IOrphanCollector>(sp =>
        {
            var collector = sp.GetRequiredService<IDigitalOceanGarbageCollector>();
            return new OrphanCollector<DigitalOceanConnection, DigitalOceanOrphan>(
                "digitalocean",
                options =>
                {
                    var apiUrl = OrphanCollector<DigitalOceanConnection, DigitalOceanOrphan>.Option(options, DigitalOceanFlags.ApiUrl) is { } url ? new Uri(url) : null;
                    return OrphanCollector<DigitalOceanConnection, DigitalOceanOrphan>.Option(options, DigitalOceanFlags.AccessToken) is { } token
                        ? new DigitalOceanConnection(apiUrl ?? new Uri(DigitalOceanFlags.DefaultApiUrl), token)
                        : DigitalOceanConnection.FromEnvironment(apiUrl);
                },
                collector.FindAsync,
                async (connection, orphans, token) =>
                {
                    var result = await collector.DeleteAsync(connection, orphans, token);
                    return (result.Deleted, result.Kept);
                },
                o => new OrphanResource("digitalocean", o.Kind, o.Id, o.Pool, o.Host, o.Detail),
                o => new DigitalOceanOrphan(o.Kind, o.Id, o.Pool, o.Host, o.Detail));
        });
        return services;
    }
}
