using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace HostPool.Providers.Tls;

/// <summary>
/// Issues the certificates of a home: a CA (may sign end-entity certificates only), a client certificate
/// (clientAuth) and server certificates (serverAuth, the host's addresses and names as SANs). ECDSA P-256.
/// </summary>
internal static class CertificateIssuer
{
    public static readonly TimeSpan CaValidity = TimeSpan.FromDays(3650);

    public static readonly TimeSpan ClientValidity = TimeSpan.FromDays(1825);

    public static readonly TimeSpan ServerValidity = TimeSpan.FromDays(825);

    /// <summary>Certificates start a little in the past so that a host whose clock lags still accepts them.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(10);

    public static IssuedCertificate CreateAuthority(string commonName, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={commonName}, O=hostpool"), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        using var certificate = request.CreateSelfSigned(now - ClockSkew, now + CaValidity);
        return new IssuedCertificate(certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }

    public static IssuedCertificate CreateClient(X509Certificate2 authority, DateTimeOffset now) =>
        Issue(authority, "CN=hostpool client, O=hostpool", Oids.ClientAuthentication, sans: null, now, ClientValidity);

    public static IssuedCertificate CreateServer(X509Certificate2 authority, string commonName, IReadOnlyList<string> addresses, DateTimeOffset now)
    {
        var sans = new SubjectAlternativeNameBuilder();
        foreach (var address in addresses)
        {
            if (IPAddress.TryParse(address, out var ip))
            {
                sans.AddIpAddress(ip);
            }
            else
            {
                sans.AddDnsName(address);
            }
        }

        var subject = new X500DistinguishedName($"CN={Escape(commonName)}, O=hostpool");
        return Issue(authority, subject.Name, Oids.ServerAuthentication, sans, now, ServerValidity);
    }

    private static IssuedCertificate Issue(
        X509Certificate2 authority,
        string subject,
        string extendedUsage,
        SubjectAlternativeNameBuilder? sans,
        DateTimeOffset now,
        TimeSpan validity)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName(subject), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(extendedUsage)], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        if (sans is not null)
        {
            request.CertificateExtensions.Add(sans.Build(critical: false));
        }

        var notAfter = now + validity;
        if (notAfter > authority.NotAfter)
        {
            notAfter = authority.NotAfter;
        }

        using var certificate = request.Create(authority, now - ClockSkew, notAfter, NewSerialNumber());
        return new IssuedCertificate(certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>A random positive 128-bit serial number (RFC 5280 asks for at most 20 octets, positive).</summary>
    private static byte[] NewSerialNumber()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x01);
        return serial;
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace(",", "\\,").Replace("\"", "\\\"");
}
