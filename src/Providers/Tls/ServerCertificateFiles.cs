namespace HostPool.Providers.Tls;

/// <summary>A host's server certificate and key under its folder, the names it holds, and whether it was just issued.</summary>
public sealed record ServerCertificateFiles(
    string CertificateFile,
    string KeyFile,
    IReadOnlyList<string> Addresses,
    bool Issued);
