using Amazon.EC2;
using Amazon.Runtime;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.Tests.TestKit;

/// <summary>Helpers for talking to a running simulator: a real SDK client, the leak report, the fault plan.</summary>
internal static class Sim
{
    public static AmazonEC2Client Client(Uri endpoint, int maxErrorRetry = 0) =>
        new(
            new BasicAWSCredentials(SimulatorFixture.AccessKey, SimulatorFixture.SecretKey),
            new AmazonEC2Config { ServiceURL = endpoint.ToString(), AuthenticationRegion = "us-east-1", MaxErrorRetry = maxErrorRetry });

    public static IReadOnlyList<LiveResource> Leaks(SimServer server, Func<LiveResource, bool>? where = null) =>
        [.. server.Simulator.LiveResources().Where(where ?? (_ => true))];

    /// <summary>Live resources tagged with this pool (tests share one simulator, each with its own pool).</summary>
    public static IReadOnlyList<LiveResource> PoolLeaks(SimServer server, string pool) =>
        Leaks(server, r => r.Tags.TryGetValue("hostpool:pool", out var p) && p == pool);
}
