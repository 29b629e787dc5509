using CsCheck;
using HostPool.Pool.Planning;
using HostPool.Pool.Scheduling;
using static HostPool.Pool.Tests.TestKit.Pools;

namespace HostPool.Pool.Tests.Scheduling;

/// <summary>Invariants over random pools and projects: capacity, constraints, accounting, spread skew, determinism.</summary>
public sealed class PlacementPropertyTests
{
    private static readonly string[] ConstraintPool =
        ["node.labels.zone==a", "node.labels.zone!=b", "node.labels.disk==ssd", "node.platform.os==linux", "disk!=hdd"];

    private static readonly string[] Strategies = ["spread", "binpack", "random"];

    [Fact]
    public void Plan_RandomPoolsAndProjects_NeverOverCapacityNorAgainstAConstraint()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var hosts = RandomHosts(random, ample: false);
                var project = RandomProject(random, ample: false);
                var plan = Schedulers.Create().Plan(hosts, project, new PlanOptions { Strategy = Strategies[random.Next(3)], Seed = seed });

                foreach (var usage in plan.Hosts)
                {
                    var host = hosts.Single(h => h.Name == usage.Host);
                    Assert.True(usage.ReservedCpus <= (host.Cpus * host.Overcommit) + 1e-6, $"{usage.Host} over cpu");
                    Assert.True(usage.ReservedMemoryBytes <= (host.MemoryBytes * host.Overcommit) + 1, $"{usage.Host} over memory");
                }

                foreach (var placement in plan.Placements)
                {
                    var host = hosts.Single(h => h.Name == placement.Host);
                    var service = project.Services.Single(s => s.Name == placement.Service);
                    Assert.Equal(HostReadiness.Ready, host.State);
                    Assert.All(service.Constraints, constraint => Assert.True(Holds(constraint, host), $"{constraint} on {host.Name}"));
                    if (service.MaxReplicasPerNode is int max)
                    {
                        Assert.True(plan.Placements.Count(p => p.Service == service.Name && p.Host == host.Name) <= max);
                    }
                }

                foreach (var service in project.Services)
                {
                    var accounted = plan.Placements.Count(p => p.Service == service.Name) + plan.Unplaced.Count(u => u.Service == service.Name);
                    Assert.Equal(service.Replicas, accounted);
                }
            },
            iter: 300);
    }

    [Fact]
    public void Plan_SpreadWithAmpleCapacity_SkewPerServiceAtMostOne()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var hosts = RandomHosts(random, ample: true);
                var project = RandomProject(random, ample: true);
                var plan = Schedulers.Create().Plan(hosts, project, new PlanOptions { Strategy = "spread", Seed = seed });

                Assert.True(plan.IsComplete || plan.Unplaced.All(u => u.ByFilter.All(f => f.Filter is "state" or "constraint")));
                foreach (var service in project.Services)
                {
                    var eligible = hosts.Where(h => h.State == HostReadiness.Ready && service.Constraints.All(c => Holds(c, h))).ToArray();
                    if (eligible.Length == 0)
                    {
                        continue;
                    }

                    var counts = eligible.Select(h => plan.Placements.Count(p => p.Service == service.Name && p.Host == h.Name)).ToArray();
                    Assert.True(counts.Max() - counts.Min() <= 1, $"{service.Name}: skew {counts.Max() - counts.Min()} over {eligible.Length} hosts");
                }
            },
            iter: 300);
    }

    [Fact]
    public void Plan_SameInputsTwice_SameJsonByteForByte()
    {
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var hosts = RandomHosts(random, ample: false);
                var project = RandomProject(random, ample: false);
                var options = new PlanOptions { Strategy = Strategies[random.Next(3)], Seed = seed };

                var first = PlanJsonWriter.Write(Schedulers.Create().Plan(hosts, project, options));
                var second = PlanJsonWriter.Write(Schedulers.Create().Plan(hosts, project, options));

                Assert.Equal(first, second);
            },
            iter: 100);
    }

    private static bool Holds(string constraint, HostSnapshot host) => constraint switch
    {
        "node.labels.zone==a" => host.NodeLabels.GetValueOrDefault("zone") == "a",
        "node.labels.zone!=b" => host.NodeLabels.GetValueOrDefault("zone") != "b",
        "node.labels.disk==ssd" => host.NodeLabels.GetValueOrDefault("disk") == "ssd",
        "node.platform.os==linux" => host.Os == "linux",
        "disk!=hdd" => host.NodeLabels.GetValueOrDefault("disk") != "hdd",
        _ => throw new ArgumentOutOfRangeException(nameof(constraint), constraint, "not a generated constraint"),
    };

    private static HostSnapshot[] RandomHosts(Random random, bool ample)
    {
        var count = random.Next(1, 25);
        return Enumerable.Range(0, count).Select(i =>
        {
            var cpus = ample ? 1000 : new[] { 1, 2, 4, 8 }[random.Next(4)];
            var memory = ample ? 4000 : new[] { 2, 4, 8, 16 }[random.Next(4)];
            var labels = new List<(string, string)> { ("zone", "abc"[random.Next(3)].ToString()) };
            if (random.Next(3) > 0)
            {
                labels.Add(("disk", random.Next(2) == 0 ? "ssd" : "hdd"));
            }

            return Host($"h{i}", cpus, memory, [.. labels]) with
            {
                ReservedCpus = ample ? 0 : Math.Round(random.NextDouble() * cpus / 2, 2),
                ReservedMemoryBytes = ample ? 0 : (long)(random.NextDouble() * memory / 2 * GiB),
                Overcommit = ample || random.Next(4) > 0 ? 1 : 1.5,
                Os = random.Next(8) == 0 ? "windows" : "linux",
                State = random.Next(8) switch { 0 => HostReadiness.Drained, 1 => HostReadiness.Down, _ => HostReadiness.Ready },
            };
        }).ToArray();
    }

    private static ProjectDemand RandomProject(Random random, bool ample)
    {
        var count = random.Next(1, 6);
        var services = Enumerable.Range(0, count).Select(i => Service(
                $"s{i}",
                replicas: random.Next(0, ample ? 40 : 16),
                cpus: new[] { 0, 0.25, 0.5, 1, 2 }[random.Next(5)],
                memoryGiB: new[] { 0, 0.5, 1, 2 }[random.Next(4)]) with
            {
                Constraints = ConstraintPool.Where(_ => random.Next(4) == 0).ToArray(),
                MaxReplicasPerNode = !ample && random.Next(4) == 0 ? random.Next(1, 3) : null,
                Ports = !ample && random.Next(5) == 0 ? [new PublishedPort(8000 + random.Next(3))] : [],
                Preferences = !ample && random.Next(3) == 0 ? ["node.labels.zone"] : [],
            })
            .ToArray();
        return new ProjectDemand("prop", services);
    }
}
