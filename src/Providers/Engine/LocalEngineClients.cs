using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Docker.DotNet;

namespace HostPool.Providers.Engine;

/// <summary>Docker API clients for the user's own engine: its unix socket, or tcp with mutual TLS and the certificates in DOCKER_CERT_PATH.</summary>
public static class LocalEngineClients
{
    /// <exception cref="InvalidInputException">The endpoint is refused or its certificates cannot be read.</exception>
    public static IDockerClient Create(LocalEngineEndpoint endpoint, TimeProvider timeProvider)
    {
        if (endpoint.Refusal is { } refusal)
        {
            throw new InvalidInputException($"The local engine cannot be used: {refusal}. Unset DOCKER_HOST or point it at a unix socket or a TLS engine.");
        }

        if (endpoint.IsSocket)
        {
            return new DockerClientBuilder().WithEndpoint(endpoint.Address).Build();
        }

        var folder = endpoint.CertificatePath!;
        try
        {
            var authority = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(folder, "ca.pem"));
            var client = X509Certificate2.CreateFromPemFile(Path.Combine(folder, "cert.pem"), Path.Combine(folder, "key.pem"));
            return MutualTlsClient.Build(new UriBuilder(endpoint.Address) { Scheme = "https" }.Uri, authority, client, timeProvider);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidInputException($"The certificates in DOCKER_CERT_PATH={folder} cannot be read ({exception.Message}). Point DOCKER_CERT_PATH at a folder with ca.pem, cert.pem and key.pem.", exception);
        }
    }
}
