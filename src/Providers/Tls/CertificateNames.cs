using System.Net;
using System.Security.Cryptography.X509Certificates;
using HostPool.Providers.Model;

namespace HostPool.Providers.Tls;

/// <summary>The names a host's server certificate must hold, and the names a certificate holds.</summary>
internal static class CertificateNames
{
    /// <summary>Public address, private address, host name and the extra --tls-san names, in that order, each once.</summary>
    public static IReadOnlyList<string> For(HostRecord host)
    {
        var names = new List<string>();
        foreach (var candidate in new[] { host.PublicAddress, host.PrivateAddress, host.Name }.Concat(host.TlsSans))
        {
            if (string.IsNullOrWhiteSpace(candidate))
            {
                continue;
            }

            var name = Normalize(candidate);
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>The DNS names and IP addresses in a certificate's subject alternative name extension.</summary>
    public static IReadOnlySet<string> Of(X509Certificate2 certificate)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var extension in certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>())
        {
            foreach (var dns in extension.EnumerateDnsNames())
            {
                names.Add(Normalize(dns));
            }

            foreach (var ip in extension.EnumerateIPAddresses())
            {
                names.Add(ip.ToString());
            }
        }

        return names;
    }

    private static string Normalize(string name)
    {
        var trimmed = name.Trim();
        return IPAddress.TryParse(trimmed, out var ip) ? ip.ToString() : trimmed.ToLowerInvariant();
    }
}
