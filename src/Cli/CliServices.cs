using HostPool.Providers;
using Microsoft.Extensions.DependencyInjection;

namespace HostPool.Cli;

/// <summary>The composition root: every library service the commands call, for the home in HOSTPOOL_HOME.</summary>
internal static class CliServices
{
    public static IServiceProvider FromProcess() => Build(HostPoolHome.FromEnvironment());

    public static IServiceProvider Build(HostPoolHome home, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddHostPoolProviders(home);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
