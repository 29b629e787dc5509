using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Azure.Core.Pipeline;

namespace HostPool.Providers.Azure;

/// <summary>
/// The HTTP transport of one connection. Without --azure-ca-cert it is the platform's (system trust). With it, the
/// server certificate must chain to that CA alone and name the host connected to; nothing else is relaxed, and only
/// the ARM and authority clients of this driver use it.
/// </summary>
internal static class AzureTrust
{
    public static HttpClientTransport Transport(AzureConnection connection, TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (connection.CaCertificateFile is { } file)
        {
            var authority = Load(file);
            handler.SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) => Validate(authority, certificate, errors),
            };
        }

        return new HttpClientTransport(new HttpClient(handler) { Timeout = timeout });
    }

    public static bool Validate(X509Certificate2 authority, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return false;
        }

        using var server = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(server);
    }

    public static X509Certificate2 Load(string file)
    {
        try
        {
            var text = File.ReadAllText(file);
            return text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromPem(text)
                : X509CertificateLoader.LoadCertificateFromFile(file);
        }
        catch (Exception error) when (error is System.Security.Cryptography.CryptographicException or IOException)
        {
            throw new UsageException($"--{AzureFlags.CaCert} '{file}' is not a readable PEM or DER certificate ({error.Message}); give the CA certificate of the endpoint.");
        }
    }
}
