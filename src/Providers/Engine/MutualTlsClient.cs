using System.Security.Cryptography.X509Certificates;
using Docker.DotNet;
using Docker.DotNet.X509;

namespace HostPool.Providers.Engine;

/// <summary>A Docker API client at an https endpoint that presents a client certificate and trusts only one CA.</summary>
internal static class MutualTlsClient
{
    public static IDockerClient Build(Uri endpoint, X509Certificate2 authority, X509Certificate2 client, TimeProvider timeProvider)
    {
        var validator = new CaOnlyServerCertificateValidator(authority, timeProvider);
        var credentials = new CertificateCredentials(client) { ServerCertificateValidationCallback = validator.Validate };
        return new DockerClientBuilder()
            .WithEndpoint(endpoint)
            .WithAuthProvider(credentials)
            .Build();
    }
}
