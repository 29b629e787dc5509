using System.Text.Json;

namespace HostPool.Cli.Tests.Pool;

public sealed class PlanCommandTests : IDisposable
{
    private readonly CliRun _cli = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("hostpool-plan-").FullName;

    [Fact]
    public async Task Plan_SimulatedHostsJson_EveryReplicaPlacedSpreadOverHosts()
    {
        var file = Write("compose.yaml", """
            name: shop
            services:
              web:
                image: busybox
                ports: ["8080:80"]
                deploy: { replicas: 3, resources: { reservations: { cpus: "1" } } }
            """);

        var (code, output, error) = await _cli.RunAsync("plan", "-f", file, "--simulate-hosts", "count=3,cpus=2,memory=4g", "--format", "json");

        Assert.True(code == 0, error);
        using var plan = JsonDocument.Parse(output);
        Assert.True(plan.RootElement.GetProperty("complete").GetBoolean());
        Assert.Equal("shop", plan.RootElement.GetProperty("project").GetString());
        var hosts = plan.RootElement.GetProperty("placements").EnumerateArray().Select(p => p.GetProperty("host").GetString()).ToList();
        Assert.Equal(["sim-1", "sim-2", "sim-3"], hosts.Order());
    }

    [Fact]
    public async Task Plan_HostsFileWithConstraint_PlacesOnlyOnMatchingHosts()
    {
        var file = Write("compose.yaml", """
            name: shop
            services:
              db:
                image: busybox
                deploy: { replicas: 2, placement: { constraints: [node.labels.disk==ssd] } }
            """);
        var hostsFile = Write("hosts.yml", """
            hosts:
              - { name: h1, cpus: 2, memory: 4g, labels: { disk: hdd } }
              - { name: h2, cpus: 2, memory: 4g, labels: { disk: ssd } }
              - { name: h3, cpus: 2, memory: 4g, labels: { disk: ssd } }
            """);

        var (code, output, error) = await _cli.RunAsync("plan", "-f", file, "--hosts", hostsFile, "--format", "json");

        Assert.True(code == 0, error);
        using var plan = JsonDocument.Parse(output);
        var hosts = plan.RootElement.GetProperty("placements").EnumerateArray().Select(p => p.GetProperty("host").GetString()).Order().ToList();
        Assert.Equal(["h2", "h3"], hosts);
    }

    [Fact]
    public async Task Plan_Unplaceable_ExitsInvalidInputWithEveryReason()
    {
        var file = Write("compose.yaml", """
            name: shop
            services:
              web:
                image: busybox
                ports: ["80:80"]
                deploy: { replicas: 3 }
              big:
                image: busybox
                deploy: { resources: { reservations: { cpus: "16" } } }
            """);

        var (code, output, error) = await _cli.RunAsync("plan", "-f", file, "--simulate-hosts", "count=2,cpus=2,memory=4g", "--format", "json");

        Assert.Equal((int)ExitCode.InvalidInput, code);
        using var plan = JsonDocument.Parse(output);
        Assert.False(plan.RootElement.GetProperty("complete").GetBoolean());
        var unplaced = plan.RootElement.GetProperty("unplaced").EnumerateArray().Select(u => $"{u.GetProperty("service").GetString()}#{u.GetProperty("replica").GetInt32()}").ToList();
        Assert.Equal(["big#1", "web#3"], unplaced.Order());
        Assert.Contains("web #3:", error);
        Assert.Contains("ports", error);
        Assert.Contains("big #1:", error);
        Assert.Contains("capacity", error);
    }

    [Fact]
    public async Task Plan_MinHosts_ReportsTheFewestHosts()
    {
        var file = Write("compose.yaml", """
            name: shop
            services:
              web: { image: busybox, deploy: { replicas: 5, resources: { reservations: { cpus: "2" } } } }
            """);

        var (code, output, error) = await _cli.RunAsync("plan", "-f", file, "--simulate-hosts", "count=1,cpus=4,memory=8g", "--min-hosts");

        Assert.True(code == 0, error);
        Assert.Contains("fewest hosts: 3", error);
        Assert.Contains("5 placed, 0 unplaced", output);
    }

    [Fact]
    public async Task Plan_BothHostSources_UsageError()
    {
        var file = Write("compose.yaml", "services:\n  web: { image: busybox }\n");

        var (code, _, error) = await _cli.RunAsync("plan", "-f", file, "--hosts", file, "--simulate-hosts", "count=1,cpus=1,memory=1g");

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("either --hosts or --simulate-hosts", error);
    }

    [Fact]
    public async Task Plan_LivePoolWithNoHosts_EveryReplicaUnplaced()
    {
        var file = Write("compose.yaml", "name: shop\nservices:\n  web: { image: busybox }\n");

        var (code, output, _) = await _cli.RunAsync("plan", "-f", file);

        Assert.Equal((int)ExitCode.InvalidInput, code);
        Assert.Contains("0 placed, 1 unplaced", output);
    }

    public void Dispose()
    {
        _cli.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
