using System.Globalization;
using HostPool.CloudSim.Common;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers.Model;

namespace HostPool.CloudSim.Tests.Azure;

/// <summary>
/// Seeded fault runs of the azure driver: each create under random throttling (429 + Retry-After), 5xx, slow answers,
/// out-of-capacity VM creates (a Failed operation) and one scripted failure (possibly after the call took effect, as a
/// lost answer) either succeeds or, after rollback, leaves nothing; an abandoned create (no more journal writes, no
/// rollback) leaves only what gc finds and removes completely. AZURE_FAULT_RUNS sets the runs (3 by default;
/// bench/azure-faults.sh runs 100), AZURE_FAULT_SEED the first seed.
/// </summary>
public sealed class AzureFaultCampaignTests(AzureSimulatorFixture sim) : IClassFixture<AzureSimulatorFixture>
{
    private static readonly string[] Actions =
    [
        "GET Microsoft.Resources/resourceGroups", "PUT Microsoft.Resources/resourceGroups", "PUT Microsoft.Network/networkSecurityGroups",
        "PUT Microsoft.Network/virtualNetworks", "PUT Microsoft.Network/publicIPAddresses", "PUT Microsoft.Network/networkInterfaces",
        "PUT Microsoft.Compute/virtualMachines", "GET operations", "GET Microsoft.Network/publicIPAddresses",
    ];

    private static readonly string[] Codes = ["InternalServerError", "AuthorizationFailed", "SkuNotAvailable", "OperationNotAllowed", "AnotherOperationInProgress"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_SeededFaultRuns_EachSucceedsOrLeavesNothing()
    {
        var (runs, firstSeed) = FaultCampaign.Settings("AZURE");
        var succeeded = 0;
        for (var seed = firstSeed; seed < firstSeed + runs; seed++)
        {
            var random = new Random(seed);
            using var harness = new AzureHarness(sim.Server, sim.Simulator, seed);
            var pool = $"f{seed}";
            sim.Simulator.Faults.Set(Plan(seed, random));
            try
            {
                await harness.CreateAsync(harness.Spec("h", pool), Token);
                succeeded++;
            }
            catch (HostPoolException)
            {
                // Rolled back below, as the host creator does.
            }

            sim.Simulator.Faults.Set(FaultPlan.None);
            await harness.RemoveAsync("h", Token);
            var left = Sim.PoolLeaks(sim.Server, pool);
            Assert.True(left.Count == 0, $"seed {seed} left {string.Join(", ", left.Select(r => r.Kind + " " + r.Id))}");
        }

        FaultCampaign.Report("AZURE", $"azure fault campaign: {runs} runs from seed {firstSeed}, {succeeded} created, {runs - succeeded} rolled back, 0 leaked");
        Assert.InRange(succeeded, 0, runs);
    }

    [Fact]
    public async Task Gc_CreateAbandonedAtARandomStep_FindsAndRemovesEverything()
    {
        var (runs, firstSeed) = FaultCampaign.Settings("AZURE");
        var found = 0;
        for (var seed = firstSeed; seed < firstSeed + runs; seed++)
        {
            var random = new Random(seed);
            using var harness = new AzureHarness(sim.Server, sim.Simulator, seed);
            var pool = $"k{seed}";
            var spec = harness.Spec("h", pool);
            await harness.Store.AddAsync(harness.NewRecord(spec), Token);
            var journal = new StoreJournal(harness.Store, "h");
            using var kill = new CancellationTokenSource();
            var stopAfter = random.Next(1, 6);
            var steps = 0;
            sim.Simulator.Faults.Set(FaultPlan.None);
            var create = harness.Driver.CreateAsync(spec, journal, new Progress<string>(_ =>
            {
                if (Interlocked.Increment(ref steps) >= stopAfter)
                {
                    journal.Frozen = true;
                    kill.Cancel();
                }
            }), kill.Token);
            kill.CancelAfter(TimeSpan.FromMilliseconds(random.Next(0, 1500)));
            try
            {
                await create;
            }
            catch (OperationCanceledException)
            {
                // The "killed" process: nothing more is journaled and nothing is rolled back.
            }

            journal.Frozen = true;
            await Task.Delay(300, Token);

            var orphans = await harness.Gc.FindAsync(harness.Connection, Token);
            var mine = orphans.Where(o => o.Pool == pool).ToList();
            found += mine.Count;
            var result = await harness.Gc.DeleteAsync(harness.Connection, mine, Token);

            var left = Sim.PoolLeaks(sim.Server, pool);
            Assert.True(left.Count == 0, $"seed {seed} left {string.Join(", ", left.Select(r => r.Kind + " " + r.Id))}; kept {string.Join("; ", result.Kept.Select(k => k.Orphan.Id + ": " + k.Reason))}");
            Assert.Equal(HostState.Creating, (await harness.Store.FindAsync("h", Token))!.State);
        }

        FaultCampaign.Report("AZURE", $"azure kill campaign: {runs} abandoned creates, gc found and removed {found} resources, 0 left");
        Assert.True(found > 0, "no abandoned create left anything for gc to find");
    }

    private static FaultPlan Plan(int seed, Random random) => FaultCampaign.RandomPlan(seed, random, Actions, Codes, maxCapacityErrors: 1);
}
