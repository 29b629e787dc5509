using HostPool.Providers;
using HostPool.Providers.Hosts;
using Microsoft.Extensions.DependencyInjection;

namespace HostPool.Cli.Commands;

/// <summary>The docker CLI flags that reach a host over mutual TLS with the home's client certificate.</summary>
internal static class HostTlsFlags
{
    public static async Task<string> ForAsync(CliEnvironment environment, string name, CancellationToken cancellationToken)
    {
        var host = await environment.Services.GetRequiredService<IHostQueries>().GetAsync(name, cancellationToken);
        var url = host.DockerUrl ?? throw new ConflictException($"Host '{name}' has no address yet (state {host.State}).");
        var home = environment.Services.GetRequiredService<HostPoolHome>();
        return $"--tlsverify --tlscacert=\"{home.CaCertificateFile}\" --tlscert=\"{home.ClientCertificateFile}\" " +
               $"--tlskey=\"{home.ClientKeyFile}\" -H={url}";
    }
}
