using HostPool.Pool.Deploy;
using HostPool.Pool.Membership;
using HostPool.Pool.Operations;
using HostPool.Providers.Engine;
using HostPool.Providers.Hosts;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection;

namespace HostPool.Cli.Commands.Pool;

/// <summary>The pool-level library objects the commands use, built from the CLI's services.</summary>
internal static class PoolServices
{
    public static ILivePool LivePool(CliEnvironment environment) =>
        LivePools.Create(environment.Services.GetRequiredService<IHostStore>(), environment.Services.GetRequiredService<IEngineClientFactory>());

    public static IProjectDeployer Deployer(CliEnvironment environment) =>
        ProjectDeployers.Create(
            environment.Services.GetRequiredService<IHostStore>(),
            environment.Services.GetRequiredService<IEngineClientFactory>(),
            environment.Services.GetRequiredService<PoolClusterPorts>());

    public static IProjectOperations Operations(CliEnvironment environment) =>
        PoolOperations.Projects(environment.Services.GetRequiredService<IHostStore>(), environment.Services.GetRequiredService<IEngineClientFactory>());

    public static IPoolTop Top(CliEnvironment environment) =>
        PoolOperations.Top(environment.Services.GetRequiredService<IHostStore>(), environment.Services.GetRequiredService<IEngineClientFactory>());

    /// <summary>Copies from the local engine the services name (tests register one), else the one DOCKER_HOST names.</summary>
    public static IImagePusher ImagePusher(CliEnvironment environment) =>
        PoolOperations.ImagePusher(
            environment.Services.GetRequiredService<IHostStore>(),
            environment.Services.GetRequiredService<IEngineClientFactory>(),
            environment.Services.GetService<ILocalEngine>());
}
