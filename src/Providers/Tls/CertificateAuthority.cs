namespace HostPool.Providers.Tls;

/// <summary>Creates the certificate authority of a hostpool home.</summary>
public static class CertificateAuthority
{
    public static ICertificateAuthority Create(HostPoolHome home, TimeProvider timeProvider) =>
        new HomeCertificateAuthority(home, timeProvider);
}
