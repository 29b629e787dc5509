namespace HostPool.Providers.Tls;

/// <summary>A certificate and its private key, both PEM (PKCS#8 for the key).</summary>
internal sealed record IssuedCertificate(string CertificatePem, string PrivateKeyPem);
