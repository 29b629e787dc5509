using HostPool.Providers.Azure;
using HostPool.Providers.DigitalOcean;
using HostPool.Providers.Drivers;
using HostPool.Providers.Ec2;
using HostPool.Providers.Generic;
using HostPool.Providers.Hosts;
using HostPool.Providers.Provisioning;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HostPool.Providers;

public static class ProvidersServiceCollectionExtensions
{
    /// <summary>The host store, the drivers, provisioning and the host operations, for one HOSTPOOL_HOME.</summary>
    public static IServiceCollection AddHostPoolProviders(this IServiceCollection services, HostPoolHome home)
    {
        services.AddSingleton(home);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new RollbackOptions());
        services.AddSingleton<SqliteDatabase>();
        services.TryAddSingleton<IHostStore, SqliteHostStore>();
        services.TryAddSingleton(new PoolLockOptions());
        services.TryAddSingleton<IPoolLock, SqlitePoolLock>();
        services.TryAddSingleton<IAuditLog, SqliteAuditLog>();
        services.AddSingleton<IDriverRegistry, DriverRegistry>();
        services.AddHostPoolSsh();
        services.AddProvisioning();
        services.AddLocalDriver();
        services.AddEc2Driver();
        services.AddDigitalOceanDriver();
        services.AddAzureDriver();
        services.AddOpenStackDriver();
        services.AddSingleton<IHostDriver, GenericDriver>();
        services.AddSingleton<PoolClusterPorts>();
        services.AddSingleton<HostRemover>();
        services.AddSingleton<IHostRemover>(provider => provider.GetRequiredService<HostRemover>());
        services.AddSingleton<IHostCreator, HostCreator>();
        services.AddSingleton<IHostLifecycle, HostLifecycle>();
        services.AddSingleton<IHostQueries, HostQueries>();
        services.AddSingleton<IHostGarbageCollector, HostGarbageCollector>();
        return services;
    }
}
