using HostPool.CloudSim.Common;
using HostPool.CloudSim.Tests.TestKit;

namespace HostPool.CloudSim.Tests.DigitalOcean;

/// <summary>
/// Seeded fault runs of the digitalocean driver: each create under random 429s, 5xx, slow answers, size-unavailable
/// errors and one scripted failure either succeeds or, after rollback, leaves nothing; an abandoned create (no more journal
/// writes, no rollback) leaves only what gc finds and removes. DO_FAULT_RUNS sets the runs (5 by default;
/// bench/digitalocean-faults.sh runs 100), DO_FAULT_SEED the first seed, DO_FAULT_REPORT a file for the figures.
/// </summary>
public sealed class DoFaultCampaignTests(DoSimulatorFixture sim) : IClassFixture<DoSimulatorFixture>
{
    private static readonly string[] Operations =
        ["sshKeys_create", "firewalls_list", "firewalls_create", "droplets_list", "droplets_create", "actions_get", "droplets_get", "firewalls_get"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_SeededFaultRuns_EachSucceedsOrLeavesNothing()
    {
        var (runs, firstSeed) = FaultCampaign.Settings("DO");

        var succeeded = await FaultRuns.CreatesAsync(sim.Server, (runs, firstSeed), seed => new DoHarness(sim.Endpoint, seed), Plan, pool => DoHarness.PoolLeaks(sim.Server, pool), Token);

        FaultCampaign.Report("DO", $"digitalocean fault campaign: {runs} runs from seed {firstSeed}, {succeeded} created, {runs - succeeded} rolled back, 0 leaked");
        Assert.InRange(succeeded, 0, runs);
    }

    [Fact]
    public async Task Gc_CreateAbandonedAtARandomCall_FindsAndRemovesEverything()
    {
        var (runs, firstSeed) = FaultCampaign.Settings("DO");

        var found = await FaultRuns.KillsAsync(sim.Server, (runs, firstSeed), seed => new DoHarness(sim.Endpoint, seed), async (harness, pool, token) =>
        {
            var doHarness = (DoHarness)harness;
            var mine = (await doHarness.Gc.FindAsync(doHarness.Connection, token)).Where(o => o.Pool == pool).ToList();
            await doHarness.Gc.DeleteAsync(doHarness.Connection, mine, token);
            return mine.Count;
        }, pool => DoHarness.PoolLeaks(sim.Server, pool), Token);

        FaultCampaign.Report("DO", $"digitalocean kill campaign: {runs} abandoned creates, gc found and removed {found} resources, 0 left");
        Assert.True(found > 0, "no abandoned create left anything for gc to find");
    }

    private static FaultPlan Plan(int seed, Random random) => new()
    {
        Seed = seed,
        ThrottleRate = random.NextDouble() * 0.3,
        ServerErrorRate = random.NextDouble() * 0.2,
        DelayRate = random.NextDouble() * 0.3,
        DelayMs = random.Next(0, 60),
        CapacityErrors = random.Next(0, 3) == 0 ? 1 : 0,
        FailAt = random.NextDouble() < 0.5
            ? [new ScriptedFault(Operations[random.Next(Operations.Length)], random.Next(1, 3)) { Code = random.NextDouble() < 0.5 ? "forbidden" : "server_error", AfterEffect = random.NextDouble() < 0.5 }]
            : [],
    };
}
