using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using HostPool.Providers.Engine;
using HostPool.Providers.Provisioning;
using HostPool.Providers.Tests.TestKit;
using HostPool.Providers.Tls;

namespace HostPool.Providers.Tests.Engine;

/// <summary>Against a real dockerd started the way the provisioner starts it on hosts without systemd.</summary>
public sealed class RealEngineTlsTests(RealEngine engine) : IClassFixture<RealEngine>
{
    [Fact]
    public async Task Create_HomeClientCertificate_AnswersPingAndInfo()
    {
        Assert.SkipWhen(engine.SkipReason is not null, engine.SkipReason ?? "");
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = EngineClients.Create(engine.Home, TimeProvider.System).Create(engine.Host);

        await client.System.PingAsync(cancellationToken);
        var info = await client.System.GetSystemInfoAsync(cancellationToken);

        var installed = await ShellCommand.RunAsync($"{RealEngine.Dockerd} --version", cancellationToken);
        Assert.Equal(DockerInstaller.ParseVersion(installed.Output), info.ServerVersion);
        Assert.Contains(RealEngine.Label, info.Labels);
        Assert.True(info.NCPU > 0);
        Assert.True(info.MemTotal > 0);
    }

    [Fact]
    public async Task Request_WithoutClientCertificate_IsRefused()
    {
        Assert.SkipWhen(engine.SkipReason is not null, engine.SkipReason ?? "");
        var cancellationToken = TestContext.Current.CancellationToken;
        using var withCertificate = HttpClientTrustingHome(engine.Home, engine.Home);
        using var withoutCertificate = HttpClientTrustingHome(engine.Home, clientHome: null);

        var accepted = await withCertificate.GetStringAsync(PingUri(), cancellationToken);

        Assert.Equal("OK", accepted);
        await Assert.ThrowsAsync<HttpRequestException>(() => withoutCertificate.GetStringAsync(PingUri(), cancellationToken));
    }

    [Fact]
    public async Task Request_WithClientCertificateFromAnotherCa_IsRefused()
    {
        Assert.SkipWhen(engine.SkipReason is not null, engine.SkipReason ?? "");
        var cancellationToken = TestContext.Current.CancellationToken;
        using var otherDirectory = new TemporaryDirectory();
        var otherHome = otherDirectory.Home();
        await CertificateAuthority.Create(otherHome, TimeProvider.System).EnsureCreatedAsync(cancellationToken);
        using var foreign = HttpClientTrustingHome(engine.Home, otherHome);

        await Assert.ThrowsAsync<HttpRequestException>(() => foreign.GetStringAsync(PingUri(), cancellationToken));
    }

    [Fact]
    public async Task Create_HomeWithAnotherCa_RefusesTheEngineServerCertificate()
    {
        Assert.SkipWhen(engine.SkipReason is not null, engine.SkipReason ?? "");
        var cancellationToken = TestContext.Current.CancellationToken;
        using var otherDirectory = new TemporaryDirectory();
        var otherHome = otherDirectory.Home();
        await CertificateAuthority.Create(otherHome, TimeProvider.System).EnsureCreatedAsync(cancellationToken);
        using var client = EngineClients.Create(otherHome, TimeProvider.System).Create(engine.Host);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.System.PingAsync(cancellationToken));

        Assert.Contains(Chain(error), inner => inner is AuthenticationException);
    }

    [Fact]
    public async Task Engine_PlainTcp_IsServedNowhere()
    {
        Assert.SkipWhen(engine.SkipReason is not null, engine.SkipReason ?? "");
        var cancellationToken = TestContext.Current.CancellationToken;
        using var plain = new HttpClient();

        var onTlsPort = await plain.GetAsync($"http://127.0.0.1:{engine.Host.Engine.Port}/_ping", cancellationToken);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var onPlainPort = await Assert.ThrowsAsync<SocketException>(() => socket.ConnectAsync(IPAddress.Loopback, DockerdCommand.PlainPort, cancellationToken).AsTask());

        Assert.Equal(HttpStatusCode.BadRequest, onTlsPort.StatusCode);
        Assert.Equal(SocketError.ConnectionRefused, onPlainPort.SocketErrorCode);
    }

    [Fact]
    public async Task Supervisor_StartWhileRunning_KeepsTheSameDockerd()
    {
        Assert.SkipWhen(engine.SkipReason is not null, engine.SkipReason ?? "");
        var cancellationToken = TestContext.Current.CancellationToken;
        var before = engine.DockerdPid();

        var again = await engine.SuperviseAsync("start", cancellationToken);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal("running", again.Output.Trim());
        Assert.NotNull(before);
        Assert.Equal(before, engine.DockerdPid());
    }

    private Uri PingUri() => new($"https://127.0.0.1:{engine.Host.Engine.Port}/_ping");

    private static HttpClient HttpClientTrustingHome(HostPoolHome trusted, HostPoolHome? clientHome)
    {
        var authority = X509CertificateLoader.LoadCertificateFromFile(trusted.CaCertificateFile);
        var validator = new CaOnlyServerCertificateValidator(authority, TimeProvider.System);
        var ssl = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = validator.Validate };
        if (clientHome is not null)
        {
            ssl.ClientCertificates = [X509Certificate2.CreateFromPemFile(clientHome.ClientCertificateFile, clientHome.ClientKeyFile)];
        }

        return new HttpClient(new SocketsHttpHandler { SslOptions = ssl });
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
