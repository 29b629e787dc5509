using HostPool.CloudSim.Common;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers;
using HostPool.Providers.Ec2;
using HostPool.Providers.Model;

namespace HostPool.CloudSim.Tests.Driver;

/// <summary>The ec2 driver against the simulator: create, remove, rollback, lifecycle, errors.</summary>
public sealed class Ec2DriverTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string NewPool() => "p" + Guid.NewGuid().ToString("n")[..10];

    [Fact]
    public async Task CreateAsync_ThreeHostsInOnePool_ShareOneSecurityGroupAndRemoveLeavesNothing()
    {
        using var harness = new Ec2Harness(sim.Endpoint);
        var pool = NewPool();

        var created = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => harness.CreateAsync(harness.Spec($"web-{i}", pool), Token)));
        var whileRunning = Sim.PoolLeaks(sim.Server, pool);
        await Task.WhenAll(created.Select(c => harness.RemoveAsync(c.Record.Name, Token)));

        Assert.Equal(3, whileRunning.Count(r => r.Kind == "instance"));
        Assert.Equal(3, whileRunning.Count(r => r.Kind == "key-pair"));
        Assert.Single(whileRunning, r => r.Kind == "security-group");
        Assert.All(created, c => Assert.Equal(SshKeyPairFile(harness, c.Record.Name), harness.Home.Resolve(c.Handle.Ssh.PrivateKeyPath)));
        Assert.Empty(Sim.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task CreateAsync_RunInstancesAnswerLost_RemoveFindsTheInstanceByClientToken()
    {
        using var harness = new Ec2Harness(sim.Endpoint);
        var pool = NewPool();
        sim.Server.Simulator.Faults.Set(new FaultPlan { FailAt = [new ScriptedFault("RunInstances", 1) { Code = "UnauthorizedOperation", AfterEffect = true }] });

        var error = await Assert.ThrowsAsync<UsageException>(() => harness.CreateAsync(harness.Spec("lost-1", pool), Token));
        sim.Server.Simulator.Faults.Set(FaultPlan.None);
        var before = Sim.PoolLeaks(sim.Server, pool);
        var record = await harness.Store.FindAsync("lost-1", Token);
        await harness.RemoveAsync("lost-1", Token);

        Assert.Contains("ec2:RunInstances", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(record!.Resources, r => r.Kind == "ec2-instance");
        Assert.Single(before, r => r.Kind == "instance");
        Assert.Empty(Sim.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task CreateAsync_CapacityErrorsBeyondRetries_SaysToChangeTypeOrZone()
    {
        using var harness = new Ec2Harness(sim.Endpoint);
        var pool = NewPool();
        sim.Server.Simulator.Faults.Set(new FaultPlan { CapacityErrors = 10 });

        var error = await Assert.ThrowsAsync<ProviderException>(() => harness.CreateAsync(harness.Spec("full-1", pool), Token));
        sim.Server.Simulator.Faults.Set(FaultPlan.None);
        await harness.RemoveAsync("full-1", Token);

        Assert.Contains("InsufficientInstanceCapacity", error.Message, StringComparison.Ordinal);
        Assert.Contains("--ec2-instance-type", error.Message, StringComparison.Ordinal);
        Assert.Empty(Sim.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task CreateAsync_UnknownAmi_ThrowsUsageExceptionNamingTheFlag()
    {
        using var harness = new Ec2Harness(sim.Endpoint);
        var pool = NewPool();

        var error = await Assert.ThrowsAsync<UsageException>(() => harness.CreateAsync(harness.Spec("ami-1", pool, (Ec2Flags.Ami, "ami-0123456789abcdef0")), Token));
        await harness.RemoveAsync("ami-1", Token);

        Assert.Contains("--ec2-ami", error.Message, StringComparison.Ordinal);
        Assert.Empty(Sim.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task CreateAsync_NoAmiGiven_LaunchesTheNewestUbuntuLtsImage()
    {
        using var harness = new Ec2Harness(sim.Endpoint);
        var pool = NewPool();

        var (_, record) = await harness.CreateAsync(harness.Spec("lts-1", pool), Token);
        using var client = Sim.Client(sim.Endpoint);
        var instance = (await client.DescribeInstancesAsync(new Amazon.EC2.Model.DescribeInstancesRequest { InstanceIds = [record.ProviderId!] }, Token)).Reservations[0].Instances[0];
        await harness.RemoveAsync("lts-1", Token);

        Assert.Equal("ami-0b5e0c1d2e3f40001", instance.ImageId);
        Assert.Equal("t3.medium", instance.InstanceType.Value);
        Assert.Contains(instance.Tags, t => t.Key == "hostpool:host" && t.Value == "lts-1");
    }

    [Fact]
    public async Task StopThenStart_PublicAddressChanges_StatusReportsTheNewAddress()
    {
        using var harness = new Ec2Harness(sim.Endpoint);
        var pool = NewPool();
        var (handle, record) = await harness.CreateAsync(harness.Spec("move-1", pool), Token);

        await harness.Driver.StopAsync(record, Token);
        var stopped = await harness.Driver.GetStatusAsync(record, Token);
        await harness.Driver.StartAsync(record, Token);
        var started = await harness.Driver.GetStatusAsync(record, Token);
        await harness.RemoveAsync("move-1", Token);

        Assert.Equal(MachineState.Stopped, stopped.State);
        Assert.Equal(MachineState.Running, started.State);
        Assert.NotNull(started.PublicAddress);
        Assert.NotEqual(handle.PublicAddress, started.PublicAddress);
        Assert.Empty(Sim.PoolLeaks(sim.Server, pool));
    }

    [Fact]
    public async Task RemoveAsync_Twice_SecondFindsEverythingGoneAndSucceeds()
    {
        using var harness = new Ec2Harness(sim.Endpoint);
        var pool = NewPool();
        var (_, record) = await harness.CreateAsync(harness.Spec("twice-1", pool), Token);

        await harness.Driver.RemoveAsync(record, Token);
        await harness.Driver.RemoveAsync(record, Token);
        var status = await harness.Driver.GetStatusAsync(record, Token);

        Assert.Equal(MachineState.NotFound, status.State);
        Assert.Empty(Sim.PoolLeaks(sim.Server, pool));
    }

    private static string SshKeyPairFile(Ec2Harness harness, string name) =>
        Path.Combine(harness.Home.MachineDirectory(name), HostPool.Providers.Ssh.SshKeyPair.PrivateKeyFileName);
}
