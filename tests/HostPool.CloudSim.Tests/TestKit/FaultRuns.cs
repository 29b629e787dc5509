using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.Tests.TestKit;

/// <summary>
/// The two seeded fault campaigns every cloud driver runs against its simulator: creates under a random fault plan that
/// either succeed or, after rollback, leave nothing; and creates abandoned at a random step (the process killed: no
/// more journal writes, no rollback) whose leftovers gc finds and removes completely.
/// </summary>
internal static class FaultRuns
{
    /// <summary>Runs the creates; returns how many succeeded. <paramref name="leaks"/> lists a pool's live resources.</summary>
    public static async Task<int> CreatesAsync(
        SimServer server, (int Runs, int FirstSeed) settings, Func<int, DriverHarness> harnessOf, Func<int, Random, FaultPlan> planOf,
        Func<string, IReadOnlyList<LiveResource>> leaks, CancellationToken cancellationToken)
    {
        var succeeded = 0;
        for (var seed = settings.FirstSeed; seed < settings.FirstSeed + settings.Runs; seed++)
        {
            using var harness = harnessOf(seed);
            var pool = $"f{seed}";
            server.Simulator.Faults.Set(planOf(seed, new Random(seed)));
            try
            {
                await harness.CreateAsync(harness.Spec("h", pool), cancellationToken);
                succeeded++;
            }
            catch (HostPoolException)
            {
                // Rolled back below, as the host creator does.
            }

            server.Simulator.Faults.Set(FaultPlan.None);
            await harness.RemoveAsync("h", cancellationToken);
            var left = leaks(pool);
            Assert.True(left.Count == 0, $"seed {seed} left {Describe(left)}");
        }

        return succeeded;
    }

    /// <summary>
    /// Abandons a create after a random number of progress steps or milliseconds, then lets <paramref name="gc"/> (find
    /// and delete what the pool left; returns how many it found) clean up; returns the resources gc found in all.
    /// </summary>
    public static async Task<int> KillsAsync(
        SimServer server, (int Runs, int FirstSeed) settings, Func<int, DriverHarness> harnessOf,
        Func<DriverHarness, string, CancellationToken, Task<int>> gc, Func<string, IReadOnlyList<LiveResource>> leaks, CancellationToken cancellationToken)
    {
        var found = 0;
        for (var seed = settings.FirstSeed; seed < settings.FirstSeed + settings.Runs; seed++)
        {
            var random = new Random(seed);
            using var harness = harnessOf(seed);
            var pool = $"k{seed}";
            var spec = harness.Spec("h", pool);
            await harness.Store.AddAsync(harness.NewRecord(spec), cancellationToken);
            var journal = new StoreJournal(harness.Store, "h");
            using var kill = new CancellationTokenSource();
            var stopAfter = random.Next(1, 5);
            var steps = 0;
            server.Simulator.Faults.Set(FaultPlan.None);
            var create = harness.HostDriver.CreateAsync(spec, journal, new Progress<string>(_ =>
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
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            found += await gc(harness, pool, cancellationToken);

            var left = leaks(pool);
            Assert.True(left.Count == 0, $"seed {seed} left {Describe(left)}");
            Assert.Equal(Providers.Model.HostState.Creating, (await harness.Store.FindAsync("h", cancellationToken))!.State);
        }

        return found;
    }

    public static string Describe(IEnumerable<LiveResource> resources) => string.Join(", ", resources.Select(r => $"{r.Kind} {r.Id} {r.State}"));
}
