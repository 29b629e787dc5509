using System.Security.Cryptography.X509Certificates;
using Docker.DotNet;
using HostPool.Providers.Model;

namespace HostPool.Providers.Engine;

/// <summary>
/// Docker API clients for hosts at https://ADDRESS:PORT, presenting the home's client certificate and
/// trusting only the home's CA.
/// </summary>
internal sealed class EngineClientFactory(HostPoolHome home, TimeProvider timeProvider) : IEngineClientFactory
{
    public IDockerClient Create(HostRecord host)
    {
        var address = host.PublicAddress
            ?? throw new InvalidInputException($"Host '{host.Name}' has no address yet; it cannot be reached over TLS. Run `hostpool inspect {host.Name}` to see its state.");
        var endpoint = new Uri($"https://{(address.Contains(':') ? $"[{address}]" : address)}:{host.Engine.Port}");
        X509Certificate2 authority;
        X509Certificate2 client;
        try
        {
            authority = X509CertificateLoader.LoadCertificateFromFile(home.CaCertificateFile);
            client = X509Certificate2.CreateFromPemFile(home.ClientCertificateFile, home.ClientKeyFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new ConflictException(
                $"The home's client certificate in '{home.CertificatesDirectory}' cannot be read ({exception.Message}). Create a host or run `hostpool regenerate-certs` to issue it.",
                exception);
        }

        return MutualTlsClient.Build(endpoint, authority, client, timeProvider);
    }
}
