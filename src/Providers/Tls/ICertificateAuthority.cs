using HostPool.Providers.Model;

namespace HostPool.Providers.Tls;

/// <summary>
/// The home's certificate authority: one CA and one client certificate per HOSTPOOL_HOME, and a server
/// certificate per host whose subject alternative names are the host's addresses and names.
/// Every key file is written 0600 and every file is replaced atomically.
/// </summary>
public interface ICertificateAuthority
{
    /// <summary>The files a Docker client needs (DOCKER_CERT_PATH holds ca.pem, cert.pem and key.pem).</summary>
    ClientTlsFiles ClientFiles { get; }

    /// <summary>Creates the CA and the client certificate when the home has none; safe when many run at once.</summary>
    Task<ClientTlsFiles> EnsureCreatedAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Returns the host's server certificate, issuing a new one when there is none, it does not chain to the
    /// home's CA, it expires soon, its names differ from the host's current ones, or <paramref name="regenerate"/> is set.
    /// </summary>
    Task<ServerCertificateFiles> EnsureServerCertificateAsync(HostRecord host, bool regenerate, CancellationToken cancellationToken);
}
