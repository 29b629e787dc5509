using HostPool.Providers;
using HostPool.Providers.Azure;
using HostPool.Providers.Drivers;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the azure driver and its garbage collector.</summary>
public static class AzureDriverServiceCollectionExtensions
{
    /// <summary>
    /// Adds the "azure" <see cref="IHostDriver"/> and <see cref="IAzureGarbageCollector"/>; needs <see cref="HostPoolHome"/>
    /// and <see cref="IHostStore"/> registered; uses <see cref="TimeProvider"/> and <see cref="AzureDriverOptions"/> when registered.
    /// </summary>
    public static IServiceCollection AddAzureDriver(this IServiceCollection services)
    {
        services.TryAddSingleton(new AzureDriverOptions());
        services.TryAddSingleton<IAzureClientFactory>(sp => new AzureClientFactory(sp.GetRequiredService<AzureDriverOptions>()));
        services.TryAddSingleton(sp => new AzureServices(
            sp.GetRequiredService<IAzureClientFactory>(),
            sp.GetRequiredService<AzureDriverOptions>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<IHostDriver>(sp => new AzureDriver(sp.GetRequiredService<HostPoolHome>(), sp.GetRequiredService<AzureServices>()));
        services.TryAddSingleton<IAzureGarbageCollector>(sp => new AzureGarbageCollector(sp.GetRequiredService<IHostStore>(), sp.GetRequiredService<AzureServices>()));
        services.AddSingleton<IOrphanCollector>(sp =>
        {
            var collector = sp.GetRequiredService<IAzureGarbageCollector>();
            return new OrphanCollector<AzureConnection, AzureOrphan>(
                "azure",
                options => collector.Connection(name => OrphanCollector<AzureConnection, AzureOrphan>.Option(options, name)),
                collector.FindAsync,
                async (connection, orphans, token) =>
                {
                    var result = await collector.DeleteAsync(connection, orphans, token);
                    return (result.Deleted, result.Kept);
                },
                o => new OrphanResource("azure", o.Kind, o.Id, o.Pool, o.Host, o.Detail),
                o => new AzureOrphan(o.Kind, o.Id, o.Pool, o.Host, o.Detail));
        });
        return services;
    }
}
