using System.Net;
using System.Net.Http.Json;
using Amazon.EC2;
using Amazon.EC2.Model;
using HostPool.CloudSim.Common;
using HostPool.CloudSim.Tests.TestKit;

namespace HostPool.CloudSim.Tests.Simulator;

/// <summary>Fault injection set over HTTP (POST /_sim/faults) and seen by the real SDK client.</summary>
public sealed class FaultInjectionTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostFaults_ThrottleRateOne_AnswersRequestLimitExceededWith503()
    {
        await SetAsync(new FaultPlan { Seed = 3, ThrottleRate = 1 });
        using var client = Sim.Client(sim.Endpoint);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => client.DescribeVpcsAsync(new DescribeVpcsRequest(), Token));
        await SetAsync(FaultPlan.None);

        Assert.Equal("RequestLimitExceeded", error.ErrorCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
    }

    [Fact]
    public async Task PostFaults_FailAtSecondCall_FailsThatCallOnly()
    {
        await SetAsync(new FaultPlan { FailAt = [new ScriptedFault("DescribeSubnets", 2) { Code = "UnauthorizedOperation" }] });
        using var client = Sim.Client(sim.Endpoint);

        var first = await client.DescribeSubnetsAsync(new DescribeSubnetsRequest(), Token);
        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => client.DescribeSubnetsAsync(new DescribeSubnetsRequest(), Token));
        var third = await client.DescribeSubnetsAsync(new DescribeSubnetsRequest(), Token);
        await SetAsync(FaultPlan.None);

        Assert.Equal(3, first.Subnets.Count);
        Assert.Equal("UnauthorizedOperation", error.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal(3, third.Subnets.Count);
    }

    [Fact]
    public async Task PostFaults_CapacityErrors_FailRunInstancesThatManyTimes()
    {
        await SetAsync(new FaultPlan { CapacityErrors = 2 });
        using var client = Sim.Client(sim.Endpoint);
        var request = new RunInstancesRequest { ImageId = "ami-0b5e0c1d2e3f40001", InstanceType = InstanceType.T3Large, MinCount = 1, MaxCount = 1 };

        var errors = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            errors.Add((await Assert.ThrowsAsync<AmazonEC2Exception>(() => client.RunInstancesAsync(request, Token))).ErrorCode);
        }

        var run = await client.RunInstancesAsync(request, Token);
        await client.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [run.Reservation.Instances[0].InstanceId] }, Token);
        await SetAsync(FaultPlan.None);

        Assert.Equal(["InsufficientInstanceCapacity", "InsufficientInstanceCapacity"], errors);
    }

    [Fact]
    public async Task GetLeaks_AfterImportKeyPair_ListsTheKeyWithItsTags()
    {
        using var client = Sim.Client(sim.Endpoint);
        var name = "leak-" + Guid.NewGuid().ToString("n")[..8];
        await client.ImportKeyPairAsync(new ImportKeyPairRequest
        {
            KeyName = name,
            PublicKeyMaterial = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(HostPool.Providers.Ssh.SshKeyPair.Generate("test").PublicKey)),
            TagSpecifications = [new TagSpecification { ResourceType = "key-pair", Tags = [new Tag("hostpool:pool", name)] }],
        }, Token);
        using var http = new HttpClient();

        var report = await http.GetFromJsonAsync<LeakReport>(new Uri(sim.Endpoint, "_sim/leaks"), SimServer.Json, Token);
        await client.DeleteKeyPairAsync(new DeleteKeyPairRequest { KeyName = name }, Token);

        var key = Assert.Single(report!.Resources, r => r.Kind == "key-pair" && r.Tags.GetValueOrDefault("hostpool:pool") == name);
        Assert.StartsWith("key-", key.Id, StringComparison.Ordinal);
    }

    private async Task SetAsync(FaultPlan plan)
    {
        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync(new Uri(sim.Endpoint, "_sim/faults"), plan, SimServer.Json, Token);
        response.EnsureSuccessStatusCode();
    }
}
