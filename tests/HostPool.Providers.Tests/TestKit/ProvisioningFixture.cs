using HostPool.Providers.Engine;
using HostPool.Providers.Model;
using HostPool.Providers.Provisioning;
using HostPool.Providers.Tls;

namespace HostPool.Providers.Tests.TestKit;

/// <summary>A provisioner wired to a scripted host, a fake engine probe and a real CA in a temporary home.</summary>
internal sealed class ProvisioningFixture : IDisposable
{
    public static readonly ProvisioningOptions Fast = new()
    {
        PackageLockRetries = 3,
        PackageLockDelay = TimeSpan.Zero,
        EngineReadyRetries = 3,
        EngineReadyDelay = TimeSpan.Zero,
    };

    private readonly TemporaryDirectory directory = new();

    public ProvisioningFixture(ScriptedSshSession session, IEngineProbe? probe = null, ProvisioningOptions? options = null)
    {
        Session = session;
        Connector = new ScriptedSshConnector(session);
        Home = directory.Home();
        Authority = CertificateAuthority.Create(Home, TimeProvider.System);
        Probe = probe ?? new FakeEngineProbe();
        Provisioner = Provisioners.Create(Connector, Authority, Probe, TimeProvider.System, options ?? Fast, EngineLayout.Standard);
    }

    public ScriptedSshSession Session { get; }

    public ScriptedSshConnector Connector { get; }

    public HostPoolHome Home { get; }

    public ICertificateAuthority Authority { get; }

    public IEngineProbe Probe { get; }

    public IProvisioner Provisioner { get; }

    public List<string> Steps { get; } = [];

    public static HostRecord Host(string address = "10.77.0.2", EngineOptions? engine = null, string user = "root") => new()
    {
        Name = "web-1",
        Pool = "default",
        Driver = "local",
        Ssh = new SshEndpoint(address, 22, user, "machines/web-1/id_ed25519"),
        PublicAddress = address,
        Engine = engine ?? new EngineOptions(),
    };

    public Task<ProvisionResult> RunAsync(ProvisionRequest request) =>
        Provisioner.ProvisionAsync(request, new SynchronousProgress(Steps), TestContext.Current.CancellationToken);

    public void Dispose() => directory.Dispose();

    private sealed class SynchronousProgress(List<string> steps) : IProgress<string>
    {
        public void Report(string value) => steps.Add(value);
    }
}
