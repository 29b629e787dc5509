using HostPool.Providers.Ssh;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the SSH layer: host key pins under HOSTPOOL_HOME and the SSH.NET connector.</summary>
public static class SshServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IHostKeyPins"/> and <see cref="ISshConnector"/>. Needs <c>HostPoolHome</c> and
    /// <see cref="TimeProvider"/> registered; <see cref="SshWaitOptions"/> defaults unless registered.
    /// </summary>
    public static IServiceCollection AddHostPoolSsh(this IServiceCollection services)
    {
        services.AddSingleton<IHostKeyPins>(sp => new HostKeyPinFile(sp.GetRequiredService<HostPool.Providers.HostPoolHome>()));
        services.AddSingleton<ISshConnector>(sp => new SshConnector(
            sp.GetRequiredService<HostPool.Providers.HostPoolHome>(),
            sp.GetRequiredService<IHostKeyPins>(),
            sp.GetService<SshWaitOptions>() ?? new SshWaitOptions(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }
}
