using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;
using HostPool.CloudSim.OpenStack;
using Microsoft.Extensions.Time.Testing;

namespace HostPool.CloudSim.Tests.OpenStack;

/// <summary>The OpenStack simulator's answers to the samples' own requests: Keystone tokens and catalog, Nova, Neutron and Glance shapes and errors.</summary>
public sealed class OsSimulatorTests(OsSimulatorFixture sim) : IClassFixture<OsSimulatorFixture>
{
    private const string Samples = "nova/doc/api_samples/";
    private const string Neutron = "neutron/api-ref/source/v2/samples/";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Authenticate_SamplePasswordRequest_201WithSubjectTokenAndACatalogPointingBack()
    {
        using var client = new OsSimClient(sim.Endpoint);

        using var response = await client.AuthenticateAsync(OsSimClient.PasswordRequest(sim.Simulator.Options), Token);
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.GetProperty("token");
        var sample = OsSimClient.Sample("keystone/api-ref/source/v3/samples/admin/auth-password-project-scoped-response.json")["token"]!;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(client.Token);
        Assert.Equal(OsSimClient.Keys(sample), OsSimClient.Keys(token));
        var catalog = token.GetProperty("catalog").EnumerateArray().ToDictionary(s => s.GetProperty("type").GetString()!);
        Assert.Superset(new HashSet<string> { "identity", "compute", "network", "image" }, catalog.Keys.ToHashSet());
        var compute = catalog["compute"].GetProperty("endpoints").EnumerateArray().ToList();
        Assert.Equal(["admin", "internal", "public"], compute.Select(e => e.GetProperty("interface").GetString()).Order().ToArray());
        Assert.All(compute, e => Assert.StartsWith(sim.Endpoint.ToString(), e.GetProperty("url").GetString()));
        Assert.All(compute, e => Assert.Equal("RegionOne", e.GetProperty("region_id").GetString()));
        Assert.True(token.GetProperty("expires_at").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(50));
    }

    [Fact]
    public async Task Authenticate_SampleApplicationCredentialRequest_ScopedTokenWithCatalog()
    {
        using var client = new OsSimClient(sim.Endpoint);
        var request = OsSimClient.Sample("keystone/api-ref/source/v3/samples/admin/auth-application-credential-id-request.json");
        request["auth"]!["identity"]!["application_credential"]!["secret"] = sim.Simulator.Options.ApplicationCredentialSecret;

        using var response = await client.AuthenticateAsync(request, Token);
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.GetProperty("token");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(4, token.GetProperty("catalog").GetArrayLength());
        Assert.Equal(sim.Simulator.Options.ApplicationCredentialId, token.GetProperty("application_credential").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Authenticate_WrongPassword_401InKeystoneShape()
    {
        using var client = new OsSimClient(sim.Endpoint);
        var request = OsSimClient.PasswordRequest(sim.Simulator.Options);
        request["auth"]!["identity"]!["password"]!["user"]!["password"] = "wrong";

        using var response = await client.AuthenticateAsync(request, Token);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.GetProperty("error");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(client.Token);
        Assert.Equal(401, error.GetProperty("code").GetInt32());
        Assert.Equal("Unauthorized", error.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Compute_WithoutToken_401AndNoServersListed()
    {
        using var client = new OsSimClient(sim.Endpoint);

        using var response = await client.SendAsync(HttpMethod.Get, "compute/v2.1/servers", null, Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("requires authentication", await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task GetServer_Unknown_404ItemNotFoundWithTheMicroversionHeaders()
    {
        using var client = await SignedInAsync();

        using var response = await client.SendAsync(HttpMethod.Get, "compute/v2.1/servers/0e44cc9c-e052-415d-afbf-469b0d384170", null, Token);
        var fault = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.GetProperty("itemNotFound");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, fault.GetProperty("code").GetInt32());
        Assert.Contains("could not be found", fault.GetProperty("message").GetString());
        Assert.Equal("compute 2.92", response.Headers.GetValues("OpenStack-API-Version").Single());
        Assert.Equal("2.92", response.Headers.GetValues("X-OpenStack-Nova-API-Version").Single());
        Assert.StartsWith("req-", response.Headers.GetValues("x-compute-request-id").Single());
    }

    [Fact]
    public async Task Compute_MicroversionAboveTheMaximum_406NamingTheRange()
    {
        using var client = await SignedInAsync();

        using var response = await client.SendAsync(HttpMethod.Get, "compute/v2.1/flavors", null, Token, microversion: "2.999");
        var fault = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.GetProperty("computeFault");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("Version 2.999 is not supported by the API. Minimum is 2.1 and maximum is 2.100.", fault.GetProperty("message").GetString());
    }

    [Fact]
    public async Task VersionDocument_AsTheSample_MaximumAndMinimumMicroversion()
    {
        using var client = await SignedInAsync();

        var version = (await client.JsonAsync(HttpMethod.Get, "compute/v2.1/", null, Token, microversion: null)).GetProperty("version");
        var sample = OsSimClient.Sample(Samples + "versions/v21-version-get-resp.json")["version"]!;

        Assert.Equal(OsSimClient.Keys(sample), OsSimClient.Keys(version));
        Assert.Equal("2.100", version.GetProperty("version").GetString());
        Assert.Equal("2.1", version.GetProperty("min_version").GetString());
    }

    [Fact]
    public async Task CreateServer_SampleV2100Request_202ThenBuildThenActiveWithTheSampleFields()
    {
        using var client = await SignedInAsync();

        using var created = await client.SendAsync(HttpMethod.Post, "compute/v2.1/servers", OsSimClient.Sample(Samples + "servers/v2.100/server-create-req.json"), Token, "2.100");
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Token)).RootElement.GetProperty("server").GetProperty("id").GetString();
        var building = (await client.JsonAsync(HttpMethod.Get, $"compute/v2.1/servers/{id}", null, Token, "2.100")).GetProperty("server");
        var active = await WaitForStatusAsync(client, id!, "ACTIVE");
        await client.SendAsync(HttpMethod.Delete, $"compute/v2.1/servers/{id}", null, Token);

        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        Assert.Equal("BUILD", building.GetProperty("status").GetString());
        var sample = OsSimClient.Sample(Samples + "servers/v2.100/server-get-resp.json")["server"]!;
        Assert.Empty(OsSimClient.Keys(sample).Except(OsSimClient.Keys(active)));
        Assert.Equal("fixed", active.GetProperty("addresses").GetProperty("private")[0].GetProperty("OS-EXT-IPS:type").GetString());
        Assert.Equal("Apache1", active.GetProperty("metadata").GetProperty("My Server Name").GetString());
    }

    private async Task<OsSimClient> SignedInAsync()
    {
        var client = new OsSimClient(sim.Endpoint);
        using var response = await client.AuthenticateAsync(OsSimClient.PasswordRequest(sim.Simulator.Options), Token);
        response.EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<JsonElement> WaitForStatusAsync(OsSimClient client, string id, string status)
    {
        for (var i = 0; i < 100; i++)
        {
            var server = (await client.JsonAsync(HttpMethod.Get, $"compute/v2.1/servers/{id}", null, Token, "2.100")).GetProperty("server");
            if (server.GetProperty("status").GetString() == status)
            {
                return server;
            }

            await Task.Delay(20, Token);
        }

        throw new TimeoutException($"server {id} never became {status}");
    }
}
