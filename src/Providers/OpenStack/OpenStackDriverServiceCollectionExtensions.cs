using HostPool.Providers;
using HostPool.Providers.Drivers;
using HostPool.Providers.OpenStack;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the openstack driver and its garbage collector.</summary>
public static class OpenStackDriverServiceCollectionExtensions
{
    /// <summary>
    /// Adds the "openstack" <see cref="IHostDriver"/>, <see cref="IOpenStackGarbageCollector"/> and its <see cref="IOrphanCollector"/> for gc; needs <see cref="HostPoolHome"/>
    /// and <see cref="IHostStore"/>; uses <see cref="TimeProvider"/> and <see cref="OpenStackDriverOptions"/> when registered.
    /// </summary>
    public static IServiceCollection AddOpenStackDriver(this IServiceCollection services)
    {
        services.TryAddSingleton(new OpenStackDriverOptions());
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<OpenStackDriverOptions>();
            return new OpenStackServices(OpenStackServices.NewHttpClient(options), options, sp.GetService<TimeProvider>() ?? TimeProvider.System);
        });
        services.AddSingleton<IHostDriver>(sp => new OpenStackDriver(sp.GetRequiredService<HostPoolHome>(), sp.GetRequiredService<OpenStackServices>()));
        services.TryAddSingleton<IOpenStackGarbageCollector>(sp => new OpenStackGarbageCollector(sp.GetRequiredService<IHostStore>(), sp.GetRequiredService<OpenStackServices>()));
        services.AddSingleton<IOrphanCollector>(sp =>
        {
            var collector = sp.GetRequiredService<IOpenStackGarbageCollector>();
            return new OrphanCollector<OpenStackCredentials, OpenStackOrphan>(
                OpenStackDriver.DriverName,
                options => OpenStackOptions.CredentialsFrom(name => OrphanCollector<OpenStackCredentials, OpenStackOrphan>.Option(options, name)),
                collector.FindAsync,
                async (credentials, orphans, token) =>
                {
                    var result = await collector.DeleteAsync(credentials, orphans, token);
                    return (result.Deleted, result.Kept);
                },
                o => new OrphanResource(OpenStackDriver.DriverName, o.Kind, o.Id, o.Pool, o.Host, o.Detail),
                o => new OpenStackOrphan(o.Kind, o.Id, o.Pool, o.Host, o.Detail));
        });
        return services;
    }
}
