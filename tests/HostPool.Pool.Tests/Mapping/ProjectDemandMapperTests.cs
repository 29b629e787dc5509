using HostPool.Compose;
using HostPool.Pool.Mapping;
using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Tests.Mapping;

public sealed class ProjectDemandMapperTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hostpool-mapping-").FullName;

    [Fact]
    public async Task Map_DeploySection_ReplicasReservationsPlacementAndPorts()
    {
        var demand = await MapAsync("""
            services:
              web:
                image: busybox
                ports: ["8080:80", "127.0.0.1:9000-9001:9000-9001/udp", "5000"]
                deploy:
                  replicas: 3
                  resources: { reservations: { cpus: "0.5", memory: 256m } }
                  placement:
                    constraints: [node.labels.zone==a, "region==us-*"]
                    preferences: [{ spread: node.labels.rack }]
                    max_replicas_per_node: 2
            """);

        var web = Assert.Single(demand.Services);
        Assert.Equal("web", web.Name);
        Assert.Equal(3, web.Replicas);
        Assert.Equal(ServiceMode.Replicated, web.Mode);
        Assert.Equal(0.5, web.Cpus);
        Assert.Equal(256L * 1024 * 1024, web.MemoryBytes);
        Assert.Equal(["node.labels.zone==a", "region==us-*"], web.Constraints);
        Assert.Equal(["node.labels.rack"], web.Preferences);
        Assert.Equal(2, web.MaxReplicasPerNode);
        Assert.Equal(
            [new PublishedPort(8080, "tcp", ""), new PublishedPort(9000, "udp", "127.0.0.1"), new PublishedPort(9001, "udp", "127.0.0.1")],
            web.Ports);
    }

    [Fact]
    public async Task Map_ScaleAndGlobalMode_CountsAndMode()
    {
        var demand = await MapAsync("""
            services:
              scaled: { image: busybox, scale: 4 }
              agent: { image: busybox, deploy: { mode: global } }
              single: { image: busybox }
            """);

        var byName = demand.Services.ToDictionary(s => s.Name);
        Assert.Equal(4, byName["scaled"].Replicas);
        Assert.Equal(ServiceMode.Global, byName["agent"].Mode);
        Assert.Equal(1, byName["single"].Replicas);
        Assert.Equal(ServiceMode.Replicated, byName["single"].Mode);
    }

    [Fact]
    public async Task Map_NetworkModeServiceAndVolumesFrom_ShareHostWithBoth()
    {
        var demand = await MapAsync("""
            services:
              app: { image: busybox }
              data: { image: busybox }
              sidecar:
                image: busybox
                network_mode: service:app
                volumes_from: ["data:ro", "app"]
            """);

        Assert.Equal(["app", "data"], demand.Services.Single(s => s.Name == "sidecar").ShareHostWith);
    }

    [Fact]
    public async Task Map_HostPoolExtension_StrategyOperatorsAndAffinities()
    {
        var demand = await MapAsync("""
            services:
              db: { image: busybox }
              cache: { image: busybox }
              web:
                image: busybox
                x-hostpool:
                  strategy: binpack
                  placement:
                    - [node.labels.rack, unique]
                    - [zone, MAX_PER, 2]
                  affinity: db
                  anti_affinity: ["~cache", "shop/db"]
            """);

        var web = demand.Services.Single(s => s.Name == "web");
        Assert.Equal("binpack", web.Strategy);
        Assert.Equal([new PlacementOperator("node.labels.rack", "UNIQUE"), new PlacementOperator("zone", "MAX_PER", "2")], web.Operators);
        Assert.Equal(
            [new ServiceAffinity("db"), new ServiceAffinity("cache", Anti: true, Soft: true), new ServiceAffinity("shop/db", Anti: true)],
            web.Affinities);
    }

    [Fact]
    public async Task Map_BadExtensionAndBuildOnlyService_OneErrorNamingEveryProblem()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => MapAsync("""
            services:
              built: { build: . }
              web:
                image: busybox
                x-hostpool: { strategy: fastest }
              other:
                image: busybox
                x-hostpool: { placement: [[rack]] }
            """));

        Assert.Contains("service 'built' has no image", error.Message);
        Assert.Contains("services.web.x-hostpool.strategy is 'fastest'", error.Message);
        Assert.Contains("services.other.x-hostpool.placement[0] must be", error.Message);
    }

    [Fact]
    public async Task Map_UnknownExtensionKey_RefusedWithTheKnownOnes()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => MapAsync("""
            services:
              web: { image: busybox, x-hostpool: { strategie: spread } }
            """));

        Assert.Contains("x-hostpool.strategie is not a hostpool setting", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<ProjectDemand> MapAsync(string yaml)
    {
        var file = Path.Combine(_folder, "compose.yaml");
        await File.WriteAllTextAsync(file, "name: shop\n" + yaml, TestContext.Current.CancellationToken);
        var loaded = await ComposeLoader.Create().LoadAsync(new ComposeLoadRequest([file], Environment: new Dictionary<string, string>()), TestContext.Current.CancellationToken);
        return ProjectDemandMapper.Map(loaded.Project);
    }
}
