using System.Globalization;
using HostPool.CloudSim.Common;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers.Model;

namespace HostPool.CloudSim.Tests.Campaign;

/// <summary>
/// Seeded fault runs: each create under random throttling, 5xx, slow answers, capacity errors and one scripted
/// failure either succeeds or, after rollback, leaves nothing; an abandoned create (the process "killed": no more
/// journal writes, no rollback) leaves what gc finds and removes completely. EC2_FAULT_RUNS sets the number of runs
/// (5 by default; bench/ec2-faults.sh runs 100), EC2_FAULT_SEED the first seed.
/// </summary>
public sealed class FaultCampaignTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private static readonly string[] Actions =
        ["DescribeImages", "DescribeVpcs", "DescribeSubnets", "ImportKeyPair", "DescribeSecurityGroups", "CreateSecurityGroup", "AuthorizeSecurityGroupIngress", "RunInstances", "DescribeInstances"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_SeededFaultRuns_EachSucceedsOrLeavesNothing()
    {
        var (runs, firstSeed) = FaultCampaign.Settings("EC2");
        var succeeded = 0;
        for (var seed = firstSeed; seed < firstSeed + runs; seed++)
        {
            var random = new Random(seed);
            using var harness = new Ec2Harness(sim.Endpoint, seed);
            var pool = $"f{seed}";
            sim.Server.Simulator.Faults.Set(Plan(seed, random));
            try
            {
                await harness.CreateAsync(harness.Spec("h", pool), Token);
                succeeded++;
                sim.Server.Simulator.Faults.Set(FaultPlan.None);
                await harness.RemoveAsync("h", Token);
            }
            catch (HostPoolException)
            {
                sim.Server.Simulator.Faults.Set(FaultPlan.None);
                await harness.RemoveAsync("h", Token);
            }

            Assert.True(Sim.PoolLeaks(sim.Server, pool).Count == 0, $"seed {seed} left {string.Join(", ", Sim.PoolLeaks(sim.Server, pool).Select(r => r.Kind + " " + r.Id))}");
        }

        FaultCampaign.Report("EC2", $"ec2 fault campaign: {runs} runs from seed {firstSeed}, {succeeded} created, {runs - succeeded} rolled back, 0 leaked");
        Assert.InRange(succeeded, 0, runs);
    }

    [Fact]
    public async Task Gc_CreateAbandonedAtARandomCall_FindsAndRemovesEverything()
    {
        var (runs, firstSeed) = FaultCampaign.Settings("EC2");
        var found = 0;
        for (var seed = firstSeed; seed < firstSeed + runs; seed++)
        {
            var random = new Random(seed);
            using var harness = new Ec2Harness(sim.Endpoint, seed);
            var pool = $"k{seed}";
            var spec = harness.Spec("h", pool);
            await harness.Store.AddAsync(harness.NewRecord(spec), Token);
            var journal = new StoreJournal(harness.Store, "h");
            using var kill = new CancellationTokenSource();
            var stopAfter = random.Next(1, 12);
            var calls = 0;
            sim.Server.Simulator.Faults.Set(FaultPlan.None);
            var create = harness.Driver.CreateAsync(spec, journal, new Progress<string>(_ =>
            {
                if (Interlocked.Increment(ref calls) >= stopAfter)
                {
                    journal.Frozen = true;
                    kill.Cancel();
                }
            }), kill.Token);
            kill.CancelAfter(TimeSpan.FromMilliseconds(random.Next(0, 400)));
            await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                await create;
                throw new OperationCanceledException("the create finished before the kill");
            });
            journal.Frozen = true;

            var orphans = await harness.Gc.FindAsync(harness.Connection, Token);
            var mine = orphans.Where(o => o.Pool == pool).ToList();
            found += mine.Count;
            await harness.Gc.DeleteAsync(harness.Connection, mine, Token);

            Assert.True(Sim.PoolLeaks(sim.Server, pool).Count == 0, $"seed {seed} left {string.Join(", ", Sim.PoolLeaks(sim.Server, pool).Select(r => r.Kind + " " + r.Id))}");
            Assert.Equal(HostState.Creating, (await harness.Store.FindAsync("h", Token))!.State);
        }

        FaultCampaign.Report("EC2", $"ec2 kill campaign: {runs} abandoned creates, gc found and removed {found} resources, 0 left");
        Assert.True(found > 0, "no abandoned create left anything for gc to find");
    }

    private static FaultPlan Plan(int seed, Random random) => new()
    {
        Seed = seed,
        ThrottleRate = random.NextDouble() * 0.3,
        ServerErrorRate = random.NextDouble() * 0.2,
        DelayRate = random.NextDouble() * 0.3,
        DelayMs = random.Next(0, 60),
        CapacityErrors = random.Next(0, 5),
        FailAt = random.NextDouble() < 0.5
            ? [new ScriptedFault(Actions[random.Next(Actions.Length)], random.Next(1, 3)) { Code = random.NextDouble() < 0.5 ? "UnauthorizedOperation" : "InternalError", AfterEffect = random.NextDouble() < 0.5 }]
            : [],
    };
}
