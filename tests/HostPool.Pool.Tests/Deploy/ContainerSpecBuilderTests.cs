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

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<ReplicaSpec> BuildAsync(string yaml)
    {
        var file = Path.Combine(_folder, "compose.yaml");
        await File.WriteAllTextAsync(file, "name: shop\n" + yaml, TestContext.Current.CancellationToken);
        var project = (await ComposeLoader.Create().LoadAsync(new ComposeLoadRequest([file], Environment: new Dictionary<string, string>()), TestContext.Current.CancellationToken)).Project;
        var demand = ProjectDemandMapper.Map(project).Services.Single();
        return ContainerSpecBuilder.Build(project, project.Services["web"], new Placement("web", 2, "h1", new PlacementReason("spread", null, 1, 0, 0, false)), demand);
    }
}
