using HostPool.Providers;
using HostPool.Providers.Drivers;
using HostPool.Providers.Ec2;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the ec2 driver and its garbage collector.</summary>
public static class Ec2DriverServiceCollectionExtensions
{
    /// <summary>
    /// Adds the "ec2" <see cref="IHostDriver"/> and <see cref="IEc2GarbageCollector"/>; needs <see cref="HostPoolHome"/>
    /// and <see cref="IHostStore"/> registered; uses <see cref="TimeProvider"/> and <see cref="Ec2DriverOptions"/> when registered.
    /// </summary>
    public static IServiceCollection AddEc2Driver(this IServiceCollection services)
    {
        services.TryAddSingleton(new Ec2DriverOptions());
        services.TryAddSingleton<IEc2ClientFactory>(sp => new Ec2ClientFactory(sp.GetRequiredService<Ec2DriverOptions>()));
        services.TryAddSingleton(sp => new Ec2Services(
            sp.GetRequiredService<IEc2ClientFactory>(),
            sp.GetRequiredService<Ec2DriverOptions>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<IHostDriver>(sp => new Ec2Driver(sp.GetRequiredService<HostPoolHome>(), sp.GetRequiredService<Ec2Services>()));
        services.TryAddSingleton<IEc2GarbageCollector>(sp => new Ec2GarbageCollector(sp.GetRequiredService<IHostStore>(), sp.GetRequiredService<Ec2Services>()));
        services.AddSingleton<IOrphanCollector>(sp =>
        {
            var collector = sp.GetRequiredService<IEc2GarbageCollector>();
            return new OrphanCollector<Ec2Connection, Ec2Orphan>(
                Ec2Driver.DriverName,
                options => Ec2Options.From(new HostPool.Providers.Model.HostSpec { Name = "gc", Driver = Ec2Driver.DriverName, DriverOptions = options }).Connection,
                collector.FindAsync,
                async (connection, orphans, token) =>
                {
                    var result = await collector.DeleteAsync(connection, orphans, token);
                    return (result.Deleted, result.Kept);
                },
                o => new OrphanResource(Ec2Driver.DriverName, o.Kind, o.Id, o.Pool, o.Host, o.Detail),
                o => new Ec2Orphan(o.Kind, o.Id, o.Pool, o.Host, o.Detail));
        });
        return services;
    }
}
