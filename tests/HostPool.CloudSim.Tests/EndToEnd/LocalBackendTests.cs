using HostPool.CloudSim.Common;
using HostPool.CloudSim.Ec2;
using HostPool.CloudSim.Tests.TestKit;

namespace HostPool.CloudSim.Tests.EndToEnd;

/// <summary>
/// The ec2 driver against the simulator with real local hosts behind its instances: the host answers SSH with the
/// imported key, and removing it leaves neither cloud resources nor machines. Needs root (the local driver does).
/// </summary>
public sealed class LocalBackendTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_LocalBackend_HostAnswersSshWithTheImportedKeyAndRemoveLeavesNothing()
    {
        await using var local = LocalSimBackend.Create();
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", SimulatorFixture.AccessKey);
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", SimulatorFixture.SecretKey);
        await using var server = await SimServer.StartAsync(new Ec2Simulator(new Ec2SimOptions { TransitionTime = TimeSpan.FromMilliseconds(100) }, local.Backend, TimeProvider.System), 0, Token);
        using var harness = new Ec2Harness(server.Endpoint);

        var (handle, _) = await harness.CreateAsync(harness.Spec("e2e-1", "e2e"), Token);
        var hostname = await LocalSimBackend.HostnameAsync(harness, handle, Token);
        await harness.RemoveAsync("e2e-1", Token);

        Assert.Matches(@"^i-[0-9a-f]{17}$", hostname);
        Assert.Empty(server.Simulator.LiveResources());
        Assert.Empty(local.Backend.Machines);
    }
}
