using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.Tests.Hosts.Fakes;

namespace HostPool.Providers.Tests.Hosts;

public sealed class HostLifecycleTests
{
    private static readonly HostSpec Spec = new() { Name = "app-1", Driver = "fake" };

    [Fact]
    public async Task StartAsync_AddressChangedWhileStopped_RecordAndSshFollowAndProvisionerSeesNewAddress()
    {
        using var context = new HostsTestContext();
        await context.Creator.CreateAsync(Spec, new Steps(), TestContext.Current.CancellationToken);
        await context.Lifecycle.StopAsync("app-1", TestContext.Current.CancellationToken);
        context.Driver.Address = "198.51.100.7";

        var started = await context.Lifecycle.StartAsync("app-1", new Steps(), TestContext.Current.CancellationToken);

        Assert.Equal(HostState.Running, started.State);
        Assert.Equal("198.51.100.7", started.PublicAddress);
        Assert.Equal("198.51.100.7", started.Ssh!.Address);
        Assert.Equal("tcp://198.51.100.7:2376", started.DockerUrl);
        Assert.Equal("198.51.100.7", context.Provisioner.Requests[^1].Host.PublicAddress);
        Assert.Equal(["198.51.100.7"], started.CertificateAddresses);
    }

    [Fact]
    public async Task StopAsync_DriverWithoutStop_UsageErrorNamingTheDriver()
    {
        using var context = new HostsTestContext(new FakeDriver { Capabilities = DriverCapabilities.None });
        await context.Creator.CreateAsync(Spec, new Steps(), TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<UsageException>(() => context.Lifecycle.StopAsync("app-1", TestContext.Current.CancellationToken));

        Assert.Contains("fake driver cannot stop", error.Message);
    }

    [Fact]
    public async Task ProvisionAsync_RegenerateCertificates_AskedOfProvisioner()
    {
        using var context = new HostsTestContext();
        await context.Creator.CreateAsync(Spec, new Steps(), TestContext.Current.CancellationToken);

        await context.Lifecycle.ProvisionAsync("app-1", regenerateCertificates: true, new Steps(), TestContext.Current.CancellationToken);

        Assert.True(context.Provisioner.Requests[^1].RegenerateCertificates);
    }
}
