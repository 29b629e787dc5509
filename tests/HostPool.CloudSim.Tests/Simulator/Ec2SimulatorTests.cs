using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;
using HostPool.CloudSim.Common;
using HostPool.CloudSim.Tests.TestKit;

namespace HostPool.CloudSim.Tests.Simulator;

/// <summary>The simulator against the real AWSSDK.EC2 client: state transitions, errors, filters, pagination.</summary>
public sealed class Ec2SimulatorTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunInstances_ThenDescribe_GoesFromPendingToRunningWithAnAddress()
    {
        using var client = Sim.Client(sim.Endpoint);
        var run = await client.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-0b5e0c1d2e3f40001", InstanceType = InstanceType.T3Micro, MinCount = 1, MaxCount = 1 }, Token);
        var id = run.Reservation.Instances[0].InstanceId;
        Assert.Equal("pending", run.Reservation.Instances[0].State.Name.Value);

        var instance = await PollAsync(client, id, "running");

        Assert.Matches(@"^127\.77\.", instance.PublicIpAddress);
        Assert.Equal("subnet-0a1b2c3d4e5f60701", instance.SubnetId);
        await client.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [id] }, Token);
    }

    [Fact]
    public async Task TerminateInstances_Running_ShutsDownThenTerminatesAndLeavesTheLeakReport()
    {
        using var client = Sim.Client(sim.Endpoint);
        var run = await client.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-0b5e0c1d2e3f40001", InstanceType = InstanceType.T3Micro, MinCount = 1, MaxCount = 1 }, Token);
        var id = run.Reservation.Instances[0].InstanceId;
        await PollAsync(client, id, "running");

        var terminate = await client.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [id] }, Token);
        Assert.Equal("shutting-down", terminate.TerminatingInstances[0].CurrentState.Name.Value);
        Assert.Equal("running", terminate.TerminatingInstances[0].PreviousState.Name.Value);
        await PollAsync(client, id, "terminated");

        Assert.DoesNotContain(Sim.Leaks(sim.Server), r => r.Id == id);
    }

    [Fact]
    public async Task Request_WithoutAuthorization_IsRefusedWithMissingAuthenticationToken401()
    {
        using var http = new HttpClient();
        var response = await http.PostAsync(sim.Endpoint, new FormUrlEncodedContent(new Dictionary<string, string> { ["Action"] = "DescribeVpcs", ["Version"] = "2016-11-15" }), Token);
        var body = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("<Response><Errors><Error><Code>MissingAuthenticationToken</Code>", body, StringComparison.Ordinal);
        Assert.Contains("<RequestID>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeInstances_UnknownId_ThrowsInvalidInstanceIdNotFound()
    {
        using var client = Sim.Client(sim.Endpoint);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => client.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = ["i-0123456789abcdef0"] }, Token));

        Assert.Equal("InvalidInstanceID.NotFound", error.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Fact]
    public async Task RunInstances_UnknownImage_ThrowsInvalidAmiIdNotFound()
    {
        using var client = Sim.Client(sim.Endpoint);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            client.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-00000000000000000", InstanceType = InstanceType.T3Micro, MinCount = 1, MaxCount = 1 }, Token));

        Assert.Equal("InvalidAMIID.NotFound", error.ErrorCode);
    }

    [Fact]
    public async Task DescribeSecurityGroups_MaxResults_PagesThroughEveryGroupWithNextToken()
    {
        using var client = Sim.Client(sim.Endpoint);
        var pool = "page-" + Guid.NewGuid().ToString("n")[..8];
        for (var i = 0; i < 7; i++)
        {
            await client.CreateSecurityGroupAsync(new CreateSecurityGroupRequest
            {
                GroupName = $"{pool}-{i}",
                Description = "paging",
                TagSpecifications = [new TagSpecification { ResourceType = "security-group", Tags = [new Tag("hostpool:pool", pool)] }],
            }, Token);
        }

        var seen = new List<string>();
        string? next = null;
        var pages = 0;
        do
        {
            var page = await client.DescribeSecurityGroupsAsync(
                new DescribeSecurityGroupsRequest { Filters = [new Filter("tag:hostpool:pool", [pool])], MaxResults = 5, NextToken = next }, Token);
            seen.AddRange(page.SecurityGroups.Select(g => g.GroupName));
            next = page.NextToken;
            pages++;
        }
        while (next is not null);

        Assert.Equal(2, pages);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"{pool}-{i}"), seen);
        foreach (var group in (await client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = [new Filter("tag:hostpool:pool", [pool])] }, Token)).SecurityGroups)
        {
            await client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = group.GroupId }, Token);
        }
    }

    [Fact]
    public async Task DescribeImages_CanonicalOwnerAndNamePattern_FindsOnlyUbuntuNobleAmd64()
    {
        using var client = Sim.Client(sim.Endpoint);

        var images = await client.DescribeImagesAsync(new DescribeImagesRequest
        {
            Owners = ["099720109477"],
            Filters = [new Filter("name", ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"])],
        }, Token);

        Assert.Equal(["ami-0b5e0c1d2e3f40001", "ami-0b5e0c1d2e3f40002"], images.Images.Select(i => i.ImageId).Order());
        Assert.All(images.Images, i => Assert.StartsWith("2026-", i.CreationDate, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DescribeInstances_UnknownFilter_ThrowsInvalidParameterValue()
    {
        using var client = Sim.Client(sim.Endpoint);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() =>
            client.DescribeInstancesAsync(new DescribeInstancesRequest { Filters = [new Filter("no-such-filter", ["x"])] }, Token));

        Assert.Equal("InvalidParameterValue", error.ErrorCode);
    }

    [Fact]
    public async Task RunInstances_SameClientTokenTwice_ReturnsTheSameInstance()
    {
        using var client = Sim.Client(sim.Endpoint);
        var request = new RunInstancesRequest { ImageId = "ami-0d1e2b3a4c5d60004", InstanceType = InstanceType.T3Small, MinCount = 1, MaxCount = 1, ClientToken = Guid.NewGuid().ToString() };

        var first = await client.RunInstancesAsync(request, Token);
        var second = await client.RunInstancesAsync(request, Token);

        Assert.Equal(first.Reservation.Instances[0].InstanceId, second.Reservation.Instances[0].InstanceId);
        await client.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [first.Reservation.Instances[0].InstanceId] }, Token);
    }

    [Fact]
    public async Task DeleteSecurityGroup_UsedByAnInstance_ThrowsDependencyViolation()
    {
        using var client = Sim.Client(sim.Endpoint);
        var group = await client.CreateSecurityGroupAsync(new CreateSecurityGroupRequest { GroupName = "dep-" + Guid.NewGuid().ToString("n"), Description = "d" }, Token);
        var run = await client.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-0b5e0c1d2e3f40001", InstanceType = InstanceType.T3Micro, MinCount = 1, MaxCount = 1, SecurityGroupIds = [group.GroupId],
        }, Token);

        var error = await Assert.ThrowsAsync<AmazonEC2Exception>(() => client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = group.GroupId }, Token));

        Assert.Equal("DependencyViolation", error.ErrorCode);
        await client.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [run.Reservation.Instances[0].InstanceId] }, Token);
        await PollAsync(client, run.Reservation.Instances[0].InstanceId, "terminated");
        await client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = group.GroupId }, Token);
    }

    private static async Task<Instance> PollAsync(AmazonEC2Client client, string id, string state)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var instance = (await client.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = [id] }, Token)).Reservations[0].Instances[0];
            if (instance.State.Name.Value == state)
            {
                return instance;
            }

            await Task.Delay(50, Token);
        }

        throw new TimeoutException($"{id} never became {state}");
    }
}
