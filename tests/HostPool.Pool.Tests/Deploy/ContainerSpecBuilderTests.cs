using HostPool.Compose;
using HostPool.Pool.Deploy;
using HostPool.Pool.Mapping;
using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Tests.Deploy;

public sealed class ContainerSpecBuilderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hostpool-spec-").FullName;

    [Fact]
    public async Task Build_ComposeService_NameLabelsPortsResourcesAndRestart()
    {
        var spec = await BuildAsync("""
            services:
              web:
                image: busybox
                command: [httpd, -f]
                environment: { A: "1" }
                ports: ["8080:80"]
                volumes: ["data:/data"]
                deploy:
                  resources: { limits: { cpus: "0.5", memory: 64m }, reservations: { memory: 16m } }
                  restart_policy: { condition: on-failure, max_attempts: 3 }
            volumes:
              data: {}
            """);

        Assert.Equal("shop-web-2", spec.Name);
        Assert.Equal("shop", spec.Parameters.Labels[ContainerLabels.Project]);
        Assert.Equal("web", spec.Parameters.Labels[ContainerLabels.ComposeService]);
        Assert.Equal("2", spec.Parameters.Labels[ContainerLabels.Replica]);
        Assert.Equal(spec.ConfigHash, spec.Parameters.Labels[ContainerLabels.ConfigHash]);
        Assert.Equal(["httpd", "-f"], spec.Parameters.Cmd);
        Assert.Equal(["A=1"], spec.Parameters.Env);
        Assert.Equal("8080", spec.Parameters.HostConfig!.PortBindings!["80/tcp"]!.Single()!.HostPort);
        Assert.Equal(500_000_000, spec.Parameters.HostConfig!.NanoCPUs);
        Assert.Equal(64L * 1024 * 1024, spec.Parameters.HostConfig!.Memory);
        Assert.Equal(Docker.DotNet.Models.RestartPolicyKind.OnFailure, spec.Parameters.HostConfig!.RestartPolicy.Name);
        Assert.Equal("shop_data", Assert.Single(spec.Volumes).Name);
        Assert.Equal("shop_data", spec.Parameters.HostConfig!.Mounts!.Single().Source);
    }

    [Fact]
    public async Task Build_SameServiceTwice_SameHash_ChangedEnvironment_DifferentHash()
    {
        const string Yaml = "services:\n  web:\n    image: busybox\n    environment: { A: \"1\" }\n";

        var first = await BuildAsync(Yaml);
        var second = await BuildAsync(Yaml);
        var changed = await BuildAsync(Yaml.Replace("\"1\"", "\"2\"", StringComparison.Ordinal));

        Assert.Equal(first.ConfigHash, second.ConfigHash);
        Assert.NotEqual(first.ConfigHash, changed.ConfigHash);
    }

    [Fact]
    public async Task Build_ServiceOnTwoNetworks_FirstAtCreateWithServiceAlias_SecondLater()
    {
        var spec = await BuildAsync("""
            services:
              web:
                image: busybox
                networks:
                  back: { aliases: [api] }
                  front: { priority: 10 }
            networks:
              front: {}
              back: {}
            """);

        Assert.Equal("shop_front", spec.Parameters.HostConfig!.NetworkMode);
        Assert.Equal(["web"], spec.Parameters.NetworkingConfig!.EndpointsConfig!["shop_front"].Aliases);
        var later = Assert.Single(spec.LaterNetworks);
        Assert.Equal("shop_back", later.Network);
        Assert.Equal(["web", "api"], later.Endpoint.Aliases);
        Assert.Equal("cluster-1", spec.Parameters.Labels[ContainerLabels.Cluster]);
    }

    [Fact]
    public async Task Build_ServiceWithoutNetworks_JoinsProjectDefaultNetwork()
    {
        var spec = await BuildAsync("services:\n  web:\n    image: busybox\n");

        Assert.Equal("shop_default", spec.Parameters.HostConfig!.NetworkMode);
        Assert.Empty(spec.LaterNetworks);
    }

    [Fact]
    public async Task Build_OtherCluster_DifferentHash()
    {
        const string Yaml = "services:\n  web:\n    image: busybox\n";

        var first = await BuildAsync(Yaml);
        var reformed = await BuildAsync(Yaml, clusterId: "cluster-2");

        Assert.NotEqual(first.ConfigHash, reformed.ConfigHash);
    }

    [Fact]
    public async Task Build_SecretContentChanged_DifferentHash_FileCarriedWithMode()
    {
        var secret = Path.Combine(_folder, "token.txt");
        await File.WriteAllTextAsync(secret, "s3cret", TestContext.Current.CancellationToken);
        var yaml = $$"""
            services:
              web:
                image: busybox
                secrets: [{ source: token, mode: 0400 }]
            secrets:
              token: { file: {{secret}} }
            """;

        var first = await BuildAsync(yaml);
        await File.WriteAllTextAsync(secret, "rotated", TestContext.Current.CancellationToken);
        var rotated = await BuildAsync(yaml);

        var file = Assert.Single(first.Files);
        Assert.Equal("/run/secrets/token", file.Path);
        Assert.Equal(0x100, file.Mode);
        Assert.Equal("s3cret"u8.ToArray(), file.Content);
        Assert.NotEqual(first.ConfigHash, rotated.ConfigHash);
    }

    [Fact]
    public async Task Build_UlimitsLoggingAndGracePeriod_ReachTheEngine()
    {
        var spec = await BuildAsync("""
            services:
              web:
                image: busybox
                stop_grace_period: 30s
                ulimits: { nofile: { soft: 1024, hard: 2048 }, nproc: 64 }
                logging: { driver: json-file, options: { max-size: 1m } }
            """);

        Assert.Equal(TimeSpan.FromSeconds(30), spec.Parameters.StopTimeout);
        var nofile = Assert.Single(spec.Parameters.HostConfig!.Ulimits!, u => u.Name == "nofile");
        Assert.Equal((1024L, 2048L), (nofile.Soft, nofile.Hard));
        Assert.Equal(64L, Assert.Single(spec.Parameters.HostConfig!.Ulimits!, u => u.Name == "nproc").Hard);
        Assert.Equal("json-file", spec.Parameters.HostConfig!.LogConfig!.Type);
        Assert.Equal("1m", spec.Parameters.HostConfig!.LogConfig!.Config!["max-size"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<ReplicaSpec> BuildAsync(string yaml, string clusterId = "cluster-1")
    {
        var file = Path.Combine(_folder, "compose.yaml");
        await File.WriteAllTextAsync(file, "name: shop\n" + yaml, TestContext.Current.CancellationToken);
        var project = (await ComposeLoader.Create().LoadAsync(new ComposeLoadRequest([file], Environment: new Dictionary<string, string>()), TestContext.Current.CancellationToken)).Project;
        var demand = ProjectDemandMapper.Map(project).Services.Single();
        return ContainerSpecBuilder.Build(project, project.Services["web"], new Placement("web", 2, "h1", new PlacementReason("spread", null, 1, 0, 0, false)), demand, clusterId, ContainerFiles.Of(project, project.Services["web"], _ => null));
    }
}
