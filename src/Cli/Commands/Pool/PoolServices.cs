using HostPool.Pool.Deploy;
using HostPool.Pool.Membership;
using HostPool.Providers.Engine;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection;

namespace HostPool.Cli.Commands.Pool;

/// <summary>The pool-level library objects the commands use, built from the CLI's services.</summary>
internal static class PoolServices
{
    public static ILivePool LivePool(CliEnvironment environment) =>
        LivePools.Create(environment.Services.GetRequiredService<IHostStore>(), environment.Services.GetRequiredService<IEngineClientFactory>());

    public static IProjectDeployer Deployer(CliEnvironment environment) =>
        ProjectDeployers.Create(environment.Services.GetRequiredService<IHostStore>(), environment.Services.GetRequiredService<IEngineClientFactory>());
}
