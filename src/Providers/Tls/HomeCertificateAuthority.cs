using System.Security.Cryptography.X509Certificates;
using HostPool.Providers.Model;
using Polly;

namespace HostPool.Providers.Tls;

/// <summary>The certificate authority of one home, kept in its certs folder; server certificates in each host's folder.</summary>
internal sealed class HomeCertificateAuthority : ICertificateAuthority
{
    public const string ServerCertificateFileName = "server.pem";

    public const string ServerKeyFileName = "server-key.pem";

    /// <summary>A server certificate closer than this to its end is replaced on the next provisioning.</summary>
    private static readonly TimeSpan RenewBefore = TimeSpan.FromDays(30);

    private readonly HostPoolHome home;
    private readonly TimeProvider timeProvider;
    private readonly ResiliencePipeline lockPipeline;

    public HomeCertificateAuthority(HostPoolHome home, TimeProvider timeProvider)
    {
        this.home = home;
        this.timeProvider = timeProvider;
        lockPipeline = HomeFileLock.CreatePipeline(timeProvider);
        ClientFiles = new ClientTlsFiles(home.CertificatesDirectory, home.CaCertificateFile, home.ClientCertificateFile, home.ClientKeyFile);
    }

    public ClientTlsFiles ClientFiles { get; }

    private string LockFile => Path.Combine(home.CertificatesDirectory, ".lock");

    public async Task<ClientTlsFiles> EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (ClientCertificateIsValid())
        {
            return ClientFiles;
        }

        await using var held = await HomeFileLock.AcquireAsync(LockFile, lockPipeline, cancellationToken).ConfigureAwait(false);
        EnsureAuthority();
        if (!ClientCertificateIsValid())
        {
            using var authority = LoadAuthority();
            var client = CertificateIssuer.CreateClient(authority, timeProvider.GetUtcNow());
            PrivateFile.WriteAtomically(home.ClientKeyFile, client.PrivateKeyPem);
            PrivateFile.WriteAtomically(home.ClientCertificateFile, client.CertificatePem);
        }

        return ClientFiles;
    }

    public async Task<ServerCertificateFiles> EnsureServerCertificateAsync(HostRecord host, bool regenerate, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var names = CertificateNames.For(host);
        if (names.Count == 0)
        {
            throw new InvalidInputException($"Host '{host.Name}' has no address or name to issue a server certificate for; set its address first.");
        }

        var directory = home.MachineDirectory(host.Name);
        var certificateFile = Path.Combine(directory, ServerCertificateFileName);
        var keyFile = Path.Combine(directory, ServerKeyFileName);
        using var authority = LoadAuthority();
        if (!regenerate && ServerCertificateIsValid(certificateFile, keyFile, authority, names))
        {
            return new ServerCertificateFiles(certificateFile, keyFile, names, Issued: false);
        }

        var server = CertificateIssuer.CreateServer(authority, host.Name, names, timeProvider.GetUtcNow());
        PrivateFile.WriteAtomically(keyFile, server.PrivateKeyPem);
        PrivateFile.WriteAtomically(certificateFile, server.CertificatePem);
        return new ServerCertificateFiles(certificateFile, keyFile, names, Issued: true);
    }

    private void EnsureAuthority()
    {
        var haveCertificate = File.Exists(home.CaCertificateFile);
        var haveKey = File.Exists(home.CaKeyFile);
        if (haveCertificate && haveKey)
        {
            return;
        }

        if (haveCertificate || haveKey)
        {
            var missing = haveCertificate ? home.CaKeyFile : home.CaCertificateFile;
            throw new ConflictException(
                $"The home's CA is incomplete: '{missing}' is missing. Restore it from a backup, or move '{home.CertificatesDirectory}' away and run `hostpool regenerate-certs` for every host.");
        }

        var authority = CertificateIssuer.CreateAuthority("hostpool CA", timeProvider.GetUtcNow());
        PrivateFile.WriteAtomically(home.CaKeyFile, authority.PrivateKeyPem);
        PrivateFile.WriteAtomically(home.CaCertificateFile, authority.CertificatePem);
        File.Delete(home.ClientCertificateFile);
    }

    private X509Certificate2 LoadAuthority()
    {
        try
        {
            return X509Certificate2.CreateFromPemFile(home.CaCertificateFile, home.CaKeyFile);
        }
        catch (Exception exception) when (exception is IOException or System.Security.Cryptography.CryptographicException)
        {
            throw new ConflictException(
                $"The home's CA in '{home.CertificatesDirectory}' cannot be read ({exception.Message}). Restore it from a backup, or move the folder away and run `hostpool regenerate-certs` for every host.",
                exception);
        }
    }

    private bool ClientCertificateIsValid()
    {
        if (!File.Exists(home.CaCertificateFile) || !File.Exists(home.ClientCertificateFile) || !File.Exists(home.ClientKeyFile))
        {
            return false;
        }

        try
        {
            using var authority = X509Certificate2.CreateFromPemFile(home.CaCertificateFile);
            using var client = X509Certificate2.CreateFromPemFile(home.ClientCertificateFile, home.ClientKeyFile);
            return CertificateChain.IsIssuedBy(client, authority, timeProvider.GetUtcNow());
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private bool ServerCertificateIsValid(string certificateFile, string keyFile, X509Certificate2 authority, IReadOnlyList<string> names)
    {
        if (!File.Exists(certificateFile) || !File.Exists(keyFile))
        {
            return false;
        }

        try
        {
            using var server = X509Certificate2.CreateFromPemFile(certificateFile, keyFile);
            var now = timeProvider.GetUtcNow();
            return CertificateChain.IsIssuedBy(server, authority, now)
                && server.NotAfter.ToUniversalTime() - now.UtcDateTime > RenewBefore
                && CertificateNames.Of(server).SetEquals(names);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
