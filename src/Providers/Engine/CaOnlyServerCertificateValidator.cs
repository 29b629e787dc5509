using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using HostPool.Providers.Tls;

namespace HostPool.Providers.Engine;

/// <summary>
/// Accepts an engine's server certificate only when it chains to the home's CA (the system store is never
/// consulted) and names the address the client connected to.
/// </summary>
internal sealed class CaOnlyServerCertificateValidator(X509Certificate2 authority, TimeProvider timeProvider)
{
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return false;
        }

        using var server = certificate as X509Certificate2 is { } typed
            ? X509CertificateLoader.LoadCertificate(typed.RawData)
            : X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return CertificateChain.IsIssuedBy(server, authority, timeProvider.GetUtcNow());
    }
}
