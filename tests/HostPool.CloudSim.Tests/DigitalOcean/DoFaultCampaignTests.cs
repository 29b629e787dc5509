using System.Globalization;
using HostPool.CloudSim.Common;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers.Model;

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
        var succeeded = 0;
        for (var seed = firstSeed; seed < firstSeed + runs; seed++)
        {
            var random = new Random(seed);
            using var harness = new DoHarness(sim.Endpoint, seed);
            var pool = $"f{seed}";
            sim.Server.Simulator.Faults.Set(Plan(seed, random));
            try
            {
                await harness.CreateAsync(harness.Spec("h", pool), Token);
                succeeded++;
            }
            catch (HostPoolException)
            {
                // Rolled back below, as the host creator does.
            }

            sim.Server.Simulator.Faults.Set(FaultPlan.None);
            await harness.RemoveAsync("h", Token);
            var left = DoHarness.PoolLeaks(sim.Server, pool);
            Assert.True(left.Count == 0, $"seed {seed} left {DoHarness.Describe(left)}");
        }

        FaultCampaign.Report("DO", $"digitalocean fault campaign: {runs} runs from seed {firstSeed}, {succeeded} created, {runs - succeeded} rolled back, 0 leaked");
        Assert.InRange(succeeded, 0, runs);
    }

    [Fact]
    public async Task Gc_CreateAbandonedAtARandomCall_FindsAndRemovesEverything()
    {
        var (runs, firstSeed) = FaultCampaign.Settings("DO");
        var found = 0;
        for (var seed = firstSeed; seed < firstSeed + runs; seed++)
        {
            var random = new Random(seed);
            using var harness = new DoHarness(sim.Endpoint, seed);
            var pool = $"k{seed}";
            var spec = harness.Spec("h", pool);
            await harness.Store.AddAsync(harness.NewRecord(spec), Token);
            var journal = new StoreJournal(harness.Store, "h");
            using var kill = new CancellationTokenSource();
            var stopAfter = random.Next(1, 5);
            var steps = 0;
            sim.Server.Simulator.Faults.Set(FaultPlan.None);
            var create = harness.Driver.CreateAsync(spec, journal, new Progress<string>(_ =>
            {
                if (Interlocked.Increment(ref steps) >= stopAfter)
                {
                    journal.Frozen = true;
                    kill.Cancel();
                }
            }), kill.Token);
            kill.CancelAfter(TimeSpan.FromMilliseconds(random.Next(0, 300)));
            await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                await create;
                throw new OperationCanceledException("the create finished before the kill");
            });
            journal.Frozen = true;

            // A killed process's calls may still be in flight: gc runs once they have landed.
            await Task.Delay(TimeSpan.FromMilliseconds(50), Token);
            var mine = (await harness.Gc.FindAsync(harness.Connection, Token)).Where(o => o.Pool == pool).ToList();
            found += mine.Count;
            await harness.Gc.DeleteAsync(harness.Connection, mine, Token);

            var left = DoHarness.PoolLeaks(sim.Server, pool);
            Assert.True(left.Count == 0, $"seed {seed} left {DoHarness.Describe(left)}");
            Assert.Equal(HostState.Creating, (await harness.Store.FindAsync("h", Token))!.State);
        }

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
