using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HostPool.CloudSim.Common;
using HostPool.CloudSim.DigitalOcean;

namespace HostPool.CloudSim.Tests.DigitalOcean;

/// <summary>The simulator's answers against the API description: auth, errors, rate-limit headers, burst 429, pagination.</summary>
public sealed class DoSimulatorTests(DoSimulatorFixture sim) : IClassFixture<DoSimulatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_NoBearerToken_Answers401WithTheErrorBody()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(sim.Endpoint, "v2/droplets"), Token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthorized", body.RootElement.GetProperty("id").GetString());
        Assert.Equal("Unable to authenticate you.", body.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Get_UnknownDroplet_Answers404NotFoundWithRateLimitHeaders()
    {
        using var response = await SendAsync(sim.Endpoint, HttpMethod.Get, "v2/droplets/1");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", body.RootElement.GetProperty("id").GetString());
        Assert.True(response.Headers.Contains("ratelimit-limit"));
        Assert.True(response.Headers.Contains("ratelimit-remaining"));
        Assert.True(response.Headers.Contains("ratelimit-reset"));
    }

    [Fact]
    public async Task ListSizes_PerPageTwo_LinksNextAndLastUntilTheLastPage()
    {
        using var first = await SendAsync(sim.Endpoint, HttpMethod.Get, "v2/sizes?per_page=2");
        using var firstBody = JsonDocument.Parse(await first.Content.ReadAsStringAsync(Token));
        using var last = await SendAsync(sim.Endpoint, HttpMethod.Get, "v2/sizes?per_page=2&page=3");
        using var lastBody = JsonDocument.Parse(await last.Content.ReadAsStringAsync(Token));

        var pages = firstBody.RootElement.GetProperty("links").GetProperty("pages");
        Assert.Equal(2, firstBody.RootElement.GetProperty("sizes").GetArrayLength());
        Assert.Equal(6, firstBody.RootElement.GetProperty("meta").GetProperty("total").GetInt32());
        Assert.Equal($"{sim.Endpoint}v2/sizes?page=2&per_page=2", pages.GetProperty("next").GetString());
        Assert.False(pages.TryGetProperty("prev", out _));
        var lastPages = lastBody.RootElement.GetProperty("links").GetProperty("pages");
        Assert.False(lastPages.TryGetProperty("next", out _));
        Assert.Equal($"{sim.Endpoint}v2/sizes?page=1&per_page=2", lastPages.GetProperty("first").GetString());
    }

    [Fact]
    public async Task Get_PastTheBurstLimit_Answers429WithRetryAfterAndNothingRemaining()
    {
        var options = new DoSimOptions { RequestsPerMinute = 2 };
        await using var server = await SimServer.StartAsync(new DoSimulator(options, new AddressOnlyBackend(), TimeProvider.System), 0, Token);

        (await SendAsync(server.Endpoint, HttpMethod.Get, "v2/regions")).Dispose();
        (await SendAsync(server.Endpoint, HttpMethod.Get, "v2/regions")).Dispose();
        using var limited = await SendAsync(server.Endpoint, HttpMethod.Get, "v2/regions");
        using var body = JsonDocument.Parse(await limited.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("too_many_requests", body.RootElement.GetProperty("id").GetString());
        Assert.Equal("0", limited.Headers.GetValues("ratelimit-remaining").Single());
        Assert.InRange(int.Parse(limited.Headers.GetValues("retry-after").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
    }

    [Fact]
    public async Task PostFaults_ThrottleRateOne_Answers429ForTheOperation()
    {
        using var http = new HttpClient();
        (await http.PostAsJsonAsync(new Uri(sim.Endpoint, "_sim/faults"), new FaultPlan { ThrottleRate = 1, Exempt = ["regions_list"] }, SimServer.Json, Token)).Dispose();

        using var throttled = await SendAsync(sim.Endpoint, HttpMethod.Get, "v2/sizes");
        using var exempt = await SendAsync(sim.Endpoint, HttpMethod.Get, "v2/regions");
        sim.Server.Simulator.Faults.Set(FaultPlan.None);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("1", throttled.Headers.GetValues("retry-after").Single());
        Assert.Equal(HttpStatusCode.OK, exempt.StatusCode);
    }

    [Fact]
    public async Task CreateDroplet_UnknownSize_Answers422UnprocessableEntity()
    {
        using var response = await SendAsync(sim.Endpoint, HttpMethod.Post, "v2/droplets", new { name = "x", size = "s-99vcpu", image = "ubuntu-24-04-x64", region = "nyc3" });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("unprocessable_entity", body.RootElement.GetProperty("id").GetString());
    }

    private static async Task<HttpResponseMessage> SendAsync(Uri endpoint, HttpMethod method, string path, object? body = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, new Uri(endpoint, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DoSimulatorFixture.Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request, Token);
    }
}
