namespace HostPool.Providers.Tls;

/// <summary>Paths of the home's CA certificate and client certificate and key (what DOCKER_CERT_PATH points at).</summary>
public sealed record ClientTlsFiles(string Directory, string CaCertificateFile, string ClientCertificateFile, string ClientKeyFile);
