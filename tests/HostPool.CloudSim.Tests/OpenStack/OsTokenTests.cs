using HostPool.CloudSim.Common;
using HostPool.CloudSim.OpenStack;
using HostPool.Providers.OpenStack.Api;
using Microsoft.Extensions.Time.Testing;

namespace HostPool.CloudSim.Tests.OpenStack;

/// <summary>The driver's Keystone tokens against the simulator's expiry: kept while valid, renewed when short-lived, re-authenticated after a 401.</summary>
public sealed class OsTokenTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_TokensLivingThreeSeconds_OneTokenServesTheWholeCreate()
    {
        await using var server = await OsHarness.StartAsync(new OsSimOptions { TransitionTime = TimeSpan.FromMilliseconds(100), TokenLifetime = TimeSpan.FromSeconds(3) }, new AddressOnlyBackend(), Token);
        using var harness = new OsHarness(server.Endpoint);

        await harness.CreateAsync(harness.Spec("h1", "os-short"), Token);
        var (issued, rejected) = ((OsSimulator)server.Simulator).TokenCounts;
        await harness.RemoveAsync("h1", Token);

        Assert.Equal(1, issued);
        Assert.Equal(0, rejected);
    }

    [Fact]
    public async Task SendAsync_TokenExpiredAtTheCloud_AuthenticatesAgainOnceAndSucceeds()
    {
        var cloudTime = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await SimServer.StartAsync(new OsSimulator(new OsSimOptions(), new AddressOnlyBackend(), cloudTime), 0, Token);
        using var harness = new OsHarness(server.Endpoint);
        var api = harness.Services.Connect(harness.Credentials);
        await api.SendAsync(OsServices.Compute, "flavors_list", HttpMethod.Get, "flavors", null, Token);

        cloudTime.Advance(TimeSpan.FromHours(2));
        var flavors = await api.SendAsync(OsServices.Compute, "flavors_list", HttpMethod.Get, "flavors", null, Token);

        Assert.Equal(5, flavors!.Value.GetProperty("flavors").GetArrayLength());
        Assert.Equal((2, 1), ((OsSimulator)server.Simulator).TokenCounts);
    }
}
