using System.Text;
using System.Text.Json;
using HostPool.Providers.Model;
using HostPool.Providers.Store;

namespace HostPool.Cli.Tests;

public sealed class AuditCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Audit_FailedRmOfUnknownHost_ListedWithActorTargetAndError()
    {
        var rm = await _cli.RunAsync("rm", "-y", "ghost");

        var entries = await AuditJsonAsync();

        Assert.Equal((int)ExitCode.NotFound, rm.Code);
        var entry = Assert.Single(entries);
        Assert.Equal("rm", entry.GetProperty("action").GetString());
        Assert.Equal("ghost", entry.GetProperty("target").GetString());
        Assert.Equal(ProcessIdentity.Current().Actor, entry.GetProperty("actor").GetString());
        Assert.Equal("failed", entry.GetProperty("result").GetString());
        Assert.StartsWith("No host named 'ghost'", entry.GetProperty("error").GetString());
        Assert.Equal("hostpool rm -y ghost", entry.GetProperty("command").GetString());
    }

    [Fact]
    public async Task Audit_PoolLabel_ListedOkInTable()
    {
        await _cli.Store.AddAsync(new HostRecord { Name = "h1", Pool = "default", Driver = "generic", State = HostState.Stopped }, TestContext.Current.CancellationToken);
        await _cli.RunAsync("pool", "label", "h1", "zone=a");

        var (code, output, _) = await _cli.RunAsync("audit");

        Assert.Equal(0, code);
        var row = Assert.Single(output.Split('\n'), line => line.Contains("pool label"));
        Assert.Contains(ProcessIdentity.Current().Actor, row);
        Assert.Contains("h1", row);
        Assert.Contains(" ok ", row);
    }

    [Fact]
    public async Task Audit_ReadOnlyAndDryRunCommands_NotRecorded()
    {
        await _cli.RunAsync("ls");
        await _cli.RunAsync("lock", "ls");
        await _cli.RunAsync("gc", "--dry-run");

        Assert.Empty(await AuditJsonAsync());
    }

    [Fact]
    public async Task Audit_SecretFlagValues_NeverReachTheStore()
    {
        await _cli.RunAsync("create", "web", "--driver", "nope", "--ec2-secret-key", "S3CRET-A", "--digitalocean-access-token=S3CRET-B");
        await _cli.RunAsync("create", "web", "--driver", "nope", "--ec2-access-key", "S3CRET-C");

        var entries = await AuditJsonAsync();

        Assert.Equal(
            ["hostpool create web --driver nope --ec2-secret-key *** --digitalocean-access-token=***", "hostpool create web --driver nope --ec2-access-key ***"],
            entries.Select(e => e.GetProperty("command").GetString()));
        var store = string.Concat(Directory.GetFiles(_cli.Home.Root, "hostpool.db*").Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        Assert.DoesNotContain("S3CRET", store);
    }

    [Fact]
    public async Task Audit_TargetAndLimit_NewestMatchingLast()
    {
        foreach (var host in new[] { "a", "b", "a", "a" })
        {
            await _cli.RunAsync("start", host);
        }

        var entries = await AuditJsonAsync("--target", "a", "--limit", "2");

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("a", e.GetProperty("target").GetString()));
    }

    [Fact]
    public async Task Audit_SinceNotATime_UsageError()
    {
        var (code, _, error) = await _cli.RunAsync("audit", "--since", "yesterday");

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("neither a duration", error);
    }

    public void Dispose() => _cli.Dispose();

    private async Task<List<JsonElement>> AuditJsonAsync(params string[] filters)
    {
        var (code, output, error) = await _cli.RunAsync(["audit", "--format", "json", .. filters]);
        Assert.True(code == 0, error);
        return [.. JsonDocument.Parse(output).RootElement.EnumerateArray()];
    }
}
