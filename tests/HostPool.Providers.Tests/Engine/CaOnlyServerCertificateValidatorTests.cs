using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using HostPool.Providers.Engine;
using HostPool.Providers.Model;
using HostPool.Providers.Tests.TestKit;
using HostPool.Providers.Tls;

namespace HostPool.Providers.Tests.Engine;

public sealed class CaOnlyServerCertificateValidatorTests
{
    private static readonly HostRecord Host = new() { Name = "web-1", Pool = "default", Driver = "local", PublicAddress = "10.77.0.2" };

    [Fact]
    public async Task Validate_CertificateFromHomeCa_IsAccepted()
    {
        using var directory = new TemporaryDirectory();
        var (validator, server) = await IssueAsync(directory.Home(), directory.Home());

        Assert.True(validator.Validate(this, server, null, SslPolicyErrors.RemoteCertificateChainErrors));
    }

    [Fact]
    public async Task Validate_CertificateFromAnotherCa_IsRefused()
    {
        using var directory = new TemporaryDirectory();
        using var other = new TemporaryDirectory();
        var (validator, server) = await IssueAsync(directory.Home(), other.Home());

        Assert.False(validator.Validate(this, server, null, SslPolicyErrors.RemoteCertificateChainErrors));
    }

    [Fact]
    public async Task Validate_NameMismatch_IsRefused()
    {
        using var directory = new TemporaryDirectory();
        var (validator, server) = await IssueAsync(directory.Home(), directory.Home());

        Assert.False(validator.Validate(this, server, null, SslPolicyErrors.RemoteCertificateNameMismatch));
    }

    private static async Task<(CaOnlyServerCertificateValidator Validator, X509Certificate2 Server)> IssueAsync(HostPoolHome trusted, HostPoolHome issuing)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await CertificateAuthority.Create(trusted, TimeProvider.System).EnsureCreatedAsync(cancellationToken);
        var files = await CertificateAuthority.Create(issuing, TimeProvider.System).EnsureServerCertificateAsync(Host, false, cancellationToken);
        var validator = new CaOnlyServerCertificateValidator(X509CertificateLoader.LoadCertificateFromFile(trusted.CaCertificateFile), TimeProvider.System);
        return (validator, X509CertificateLoader.LoadCertificateFromFile(files.CertificateFile));
    }
}
