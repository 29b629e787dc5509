using System.Text.Json;

namespace HostPool.Integration.Tests.Cli;

/// <summary>Three real local hosts it-1..it-3, made once with `hostpool create --count 3` and removed at the end.</summary>
public sealed class ThreeHostPool : IAsyncLifetime
{
    internal CliHarness Cli { get; } = new("hpcli0", "10.216.0.0/24");

    internal CliResult Created { get; private set; } = new(-1, "", "");

    public async ValueTask InitializeAsync()
    {
        Created = await Cli.RunAsync(["create", .. Cli.LocalFlags, "--count", "3", "it"], CancellationToken.None);
    }

    public async ValueTask DisposeAsync() => await Cli.DisposeAsync();

    internal async Task<JsonElement> HostAsync(string name)
    {
        var inspect = (await Cli.RunAsync("inspect", name)).ShouldSucceed();
        return JsonDocument.Parse(inspect.Out).RootElement.Clone();
    }
}
