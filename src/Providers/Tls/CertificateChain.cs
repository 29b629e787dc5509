using System.Security.Cryptography.X509Certificates;

namespace HostPool.Providers.Tls;

/// <summary>Chain checks that trust exactly one CA (the home's), never the system store.</summary>
internal static class CertificateChain
{
    public static bool IsIssuedBy(X509Certificate2 certificate, X509Certificate2 authority, DateTimeOffset now)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        if (!chain.Build(certificate))
        {
            return false;
        }

        var root = chain.ChainElements[^1].Certificate;
        return root.RawDataMemory.Span.SequenceEqual(authority.RawDataMemory.Span);
    }
}
