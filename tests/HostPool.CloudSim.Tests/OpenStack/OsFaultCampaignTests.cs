using HostPool.CloudSim.Common;
using HostPool.CloudSim.Tests.TestKit;

namespace HostPool.CloudSim.Tests.OpenStack;

/// <summary>
/// Seeded fault runs of the openstack driver: each create (every other one with a floating IP) under random 429s with
/// Retry-After, 5xx, slow answers, NoValidHost builds and one scripted failure (a revoked token among them, some taking
/// effect before the answer is lost) either succeeds or, after rollback, leaves nothing; an abandoned create leaves only
/// what gc finds and removes. OS_FAULT_RUNS sets the runs (5 by default; bench/openstack-faults.sh runs 100),
/// OS_FAULT_SEED the first seed, OS_FAULT_REPORT a file for the figures.
/// </summary>
public sealed class OsFaultCampaignTests(OsSimulatorFixture sim) : IClassFixture<OsSimulatorFixture>
{
    private static readonly string[] Operations =
    [
        "tokens_create", "flavors_list", "images_list", "networks_list", "keypairs_create", "security_groups_list", "security_groups_create",
        "tags_set", "security_group_rules_create", "servers_create", "servers_get", "servers_list", "ports_list", "floatingips_list", "floatingips_create",
    ];

    private static readonly string[] Codes = ["computeFault", "forbidden", "Unauthorized", "conflictingRequest", "OverQuota"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_SeededFaultRuns_EachSucceedsOrLeavesNothing()
    {
        var (runs, firstSeed) = FaultCampaign.Settings("OS");

        var succeeded = await FaultRuns.CreatesAsync(sim.Server, (runs, firstSeed), Harness, Plan, pool => OsHarness.PoolLeaks(sim.Server, pool), Token);

        FaultCampaign.Report("OS", $"openstack fault campaign: {runs} runs from seed {firstSeed}, {succeeded} created, {runs - succeeded} rolled back, 0 leaked");
        Assert.InRange(succeeded, 0, runs);
    }

    [Fact]
    public async Task Gc_CreateAbandonedAtARandomCall_FindsAndRemovesEverything()
    {
        var (runs, firstSeed) = FaultCampaign.Settings("OS");

        var found = await FaultRuns.KillsAsync(sim.Server, (runs, firstSeed), Harness, async (harness, pool, token) =>
        {
            var os = (OsHarness)harness;
            var mine = (await os.Gc.FindAsync(os.Credentials, token)).Where(o => o.Pool == pool).ToList();
            var result = await os.Gc.DeleteAsync(os.Credentials, mine, token);
            Assert.Empty(result.Kept);
            return mine.Count;
        }, pool => OsHarness.PoolLeaks(sim.Server, pool), Token);

        FaultCampaign.Report("OS", $"openstack kill campaign: {runs} abandoned creates, gc found and removed {found} resources, 0 left");
        Assert.True(found > 0, "no abandoned create left anything for gc to find");
    }

    private OsHarness Harness(int seed) => new(sim.Endpoint, seed) { FloatingIpPool = seed % 2 == 0 ? "public" : null };

    private static FaultPlan Plan(int seed, Random random) => FaultCampaign.RandomPlan(seed, random, Operations, Codes, maxCapacityErrors: 1, scripted: 0.6);
}
