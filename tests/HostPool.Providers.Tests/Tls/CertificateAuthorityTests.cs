using System.Security.Cryptography.X509Certificates;
using HostPool.Providers.Model;
using HostPool.Providers.Tests.TestKit;
using HostPool.Providers.Tls;

namespace HostPool.Providers.Tests.Tls;

public sealed class CertificateAuthorityTests
{
    private static HostRecord Host(string publicAddress = "203.0.113.10", params string[] sans) => new()
    {
        Name = "web-1",
        Pool = "default",
        Driver = "generic",
        PublicAddress = publicAddress,
        PrivateAddress = "10.0.0.5",
        TlsSans = sans,
    };

    [Fact]
    public async Task EnsureCreatedAsync_NewHome_CreatesCaAndClientCertificateWithProperExtensions()
    {
        using var directory = new TemporaryDirectory();
        var home = directory.Home();

        await CertificateAuthority.Create(home, TimeProvider.System).EnsureCreatedAsync(TestContext.Current.CancellationToken);

        using var ca = X509CertificateLoader.LoadCertificateFromFile(home.CaCertificateFile);
        using var client = X509CertificateLoader.LoadCertificateFromFile(home.ClientCertificateFile);
        var constraints = ca.Extensions.OfType<X509BasicConstraintsExtension>().Single();
        Assert.True(constraints.CertificateAuthority);
        Assert.True(constraints.Critical);
        Assert.True(ca.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages.HasFlag(X509KeyUsageFlags.KeyCertSign));
        Assert.False(client.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        Assert.Equal([Oids.ClientAuthentication], ExtendedUsages(client));
        Assert.True(CertificateChain.IsIssuedBy(client, ca, DateTimeOffset.UtcNow));
        using var key = client.GetECDsaPublicKey();
        Assert.Equal(256, key?.KeySize);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task EnsureCreatedAsync_NewHome_WritesEveryKeyFileOwnerOnly()
    {
        using var directory = new TemporaryDirectory();
        var home = directory.Home();
        var authority = CertificateAuthority.Create(home, TimeProvider.System);

        await authority.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        var server = await authority.EnsureServerCertificateAsync(Host(), regenerate: false, TestContext.Current.CancellationToken);

        foreach (var key in new[] { home.CaKeyFile, home.ClientKeyFile, server.KeyFile })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, UnixMode(key));
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, UnixMode(home.CertificatesDirectory));
    }

    [Fact]
    public async Task EnsureCreatedAsync_TenAtOnce_CreatesOneCaThatAllClientsChainTo()
    {
        using var directory = new TemporaryDirectory();
        var home = directory.Home();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(
            () => CertificateAuthority.Create(home, TimeProvider.System).EnsureCreatedAsync(TestContext.Current.CancellationToken),
            TestContext.Current.CancellationToken)));

        using var ca = X509CertificateLoader.LoadCertificateFromFile(home.CaCertificateFile);
        using var client = X509Certificate2.CreateFromPemFile(home.ClientCertificateFile, home.ClientKeyFile);
        Assert.True(CertificateChain.IsIssuedBy(client, ca, DateTimeOffset.UtcNow));
        Assert.Empty(Directory.GetFiles(home.CertificatesDirectory, "*.tmp"));
    }

    [Fact]
    public async Task EnsureServerCertificateAsync_Host_HoldsAddressesNamesAndServerAuthOnly()
    {
        using var directory = new TemporaryDirectory();
        var home = directory.Home();
        var authority = CertificateAuthority.Create(home, TimeProvider.System);

        var server = await authority.EnsureServerCertificateAsync(Host("203.0.113.10", "docker.example.test", "2001:db8::7"), regenerate: false, TestContext.Current.CancellationToken);

        using var certificate = X509Certificate2.CreateFromPemFile(server.CertificateFile, server.KeyFile);
        using var ca = X509CertificateLoader.LoadCertificateFromFile(home.CaCertificateFile);
        var sans = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Equal(["203.0.113.10", "10.0.0.5", "2001:db8::7"], sans.EnumerateIPAddresses().Select(ip => ip.ToString()));
        Assert.Equal(["web-1", "docker.example.test"], sans.EnumerateDnsNames());
        Assert.Equal([Oids.ServerAuthentication], ExtendedUsages(certificate));
        Assert.True(CertificateChain.IsIssuedBy(certificate, ca, DateTimeOffset.UtcNow));
        Assert.Equal(Path.Combine(home.MachineDirectory("web-1"), "server.pem"), server.CertificateFile);
        Assert.True(server.Issued);
    }

    [Fact]
    public async Task EnsureServerCertificateAsync_SameAddresses_ReusesTheCertificate()
    {
        using var directory = new TemporaryDirectory();
        var authority = CertificateAuthority.Create(directory.Home(), TimeProvider.System);
        var first = await authority.EnsureServerCertificateAsync(Host(), regenerate: false, TestContext.Current.CancellationToken);
        var content = await File.ReadAllTextAsync(first.CertificateFile, TestContext.Current.CancellationToken);

        var second = await authority.EnsureServerCertificateAsync(Host(), regenerate: false, TestContext.Current.CancellationToken);

        Assert.False(second.Issued);
        Assert.Equal(content, await File.ReadAllTextAsync(second.CertificateFile, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task EnsureServerCertificateAsync_AddressChangedOrRegenerate_IssuesNewCertificate()
    {
        using var directory = new TemporaryDirectory();
        var authority = CertificateAuthority.Create(directory.Home(), TimeProvider.System);
        await authority.EnsureServerCertificateAsync(Host(), regenerate: false, TestContext.Current.CancellationToken);

        var moved = await authority.EnsureServerCertificateAsync(Host("203.0.113.99"), regenerate: false, TestContext.Current.CancellationToken);
        var regenerated = await authority.EnsureServerCertificateAsync(Host("203.0.113.99"), regenerate: true, TestContext.Current.CancellationToken);

        Assert.True(moved.Issued);
        Assert.Contains("203.0.113.99", moved.Addresses);
        Assert.True(regenerated.Issued);
    }

    [Fact]
    public async Task EnsureServerCertificateAsync_CertificateOfAnotherHome_IsReplaced()
    {
        using var directory = new TemporaryDirectory();
        using var other = new TemporaryDirectory();
        var home = directory.Home();
        var foreign = await CertificateAuthority.Create(other.Home(), TimeProvider.System).EnsureServerCertificateAsync(Host(), false, TestContext.Current.CancellationToken);
        Directory.CreateDirectory(home.MachineDirectory("web-1"));
        File.Copy(foreign.CertificateFile, Path.Combine(home.MachineDirectory("web-1"), "server.pem"));
        File.Copy(foreign.KeyFile, Path.Combine(home.MachineDirectory("web-1"), "server-key.pem"));

        var server = await CertificateAuthority.Create(home, TimeProvider.System).EnsureServerCertificateAsync(Host(), false, TestContext.Current.CancellationToken);

        Assert.True(server.Issued);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static UnixFileMode UnixMode(string path) => File.GetUnixFileMode(path);

    private static string?[] ExtendedUsages(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Select(oid => oid.Value).ToArray();
}
