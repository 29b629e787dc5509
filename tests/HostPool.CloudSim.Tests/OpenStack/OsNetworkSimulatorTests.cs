using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.Tests.OpenStack;

/// <summary>The simulator's key pairs, Neutron resources and fault-driven builds against the samples' own requests.</summary>
public sealed class OsNetworkSimulatorTests(OsSimulatorFixture sim) : IClassFixture<OsSimulatorFixture>
{
    private const string Nova = "nova/doc/api_samples/";
    private const string Neutron = "neutron/api-ref/source/v2/samples/";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImportKeyPair_SampleV292Request_201WithTheSampleFieldsAnd409ForTheSameName()
    {
        using var client = await SignedInAsync();
        var request = OsSimClient.Sample(Nova + "os-keypairs/v2.92/keypairs-import-post-req.json");

        using var created = await client.SendAsync(HttpMethod.Post, "compute/v2.1/os-keypairs", request, Token);
        var key = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Token)).RootElement.GetProperty("keypair");
        using var again = await client.SendAsync(HttpMethod.Post, "compute/v2.1/os-keypairs", request, Token);
        using var deleted = await client.SendAsync(HttpMethod.Delete, "compute/v2.1/os-keypairs/" + Uri.EscapeDataString(key.GetProperty("name").GetString()!), null, Token);

        var sample = OsSimClient.Sample(Nova + "os-keypairs/v2.92/keypairs-import-post-resp.json")["keypair"]!;
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(OsSimClient.Keys(sample), OsSimClient.Keys(key));
        Assert.Equal(sample["fingerprint"]!.ToString(), key.GetProperty("fingerprint").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task ImportKeyPair_NoPublicKeyAt292_400BadRequest()
    {
        using var client = await SignedInAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "compute/v2.1/os-keypairs", OsSimClient.Sample(Nova + "os-keypairs/v2.92/keypairs-post-req.json"), Token);
        var fault = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement.GetProperty("badRequest");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("public_key", fault.GetProperty("message").GetString());
    }

    [Fact]
    public async Task CreateSecurityGroup_SampleRequest_TwoDefaultEgressRulesAndDuplicateRule409()
    {
        using var client = await SignedInAsync();

        var group = (await client.JsonAsync(HttpMethod.Post, "network/v2.0/security-groups", OsSimClient.Sample(Neutron + "security-groups/security-group-create-request.json"), Token))
            .GetProperty("security_group");
        var id = group.GetProperty("id").GetString()!;
        var rule = OsSimClient.Sample(Neutron + "security-groups/security-group-rule-create-request.json");
        rule["security_group_rule"]!["security_group_id"] = id;
        rule["security_group_rule"]!["remote_group_id"] = id;
        using var first = await client.SendAsync(HttpMethod.Post, "network/v2.0/security-group-rules", rule, Token);
        using var second = await client.SendAsync(HttpMethod.Post, "network/v2.0/security-group-rules", rule, Token);
        var conflict = JsonDocument.Parse(await second.Content.ReadAsStringAsync(Token)).RootElement.GetProperty("NeutronError");
        await client.SendAsync(HttpMethod.Delete, $"network/v2.0/security-groups/{id}", null, Token);

        var sample = OsSimClient.Sample(Neutron + "security-groups/security-group-create-response.json")["security_group"]!;
        Assert.Equal(OsSimClient.Keys(sample), OsSimClient.Keys(group));
        Assert.Equal(["egress", "egress"], group.GetProperty("security_group_rules").EnumerateArray().Select(r => r.GetProperty("direction").GetString()));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("SecurityGroupRuleExists", conflict.GetProperty("type").GetString());
        Assert.Equal("", conflict.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task FloatingIp_CreateOnAServersPortThenDeleteTheServer_DisassociatedNotDeleted()
    {
        using var client = await SignedInAsync();
        var server = await ActiveServerAsync(client);
        var port = (await client.JsonAsync(HttpMethod.Get, $"network/v2.0/ports?device_id={server}", null, Token)).GetProperty("ports")[0].GetProperty("id").GetString();
        var request = OsSimClient.Sample(Neutron + "floatingips/floatingip-create-request.json");
        request["floatingip"] = new JsonObject { ["floating_network_id"] = request["floatingip"]!["floating_network_id"]!.DeepClone(), ["port_id"] = port };

        var floating = (await client.JsonAsync(HttpMethod.Post, "network/v2.0/floatingips", request, Token)).GetProperty("floatingip");
        await client.SendAsync(HttpMethod.Delete, $"compute/v2.1/servers/{server}", null, Token);
        await WaitAsync(async () => (await client.SendAsync(HttpMethod.Get, $"compute/v2.1/servers/{server}", null, Token)).StatusCode == HttpStatusCode.NotFound);
        var after = (await client.JsonAsync(HttpMethod.Get, $"network/v2.0/floatingips/{floating.GetProperty("id").GetString()}", null, Token)).GetProperty("floatingip");
        await client.SendAsync(HttpMethod.Delete, $"network/v2.0/floatingips/{floating.GetProperty("id").GetString()}", null, Token);

        var sample = OsSimClient.Sample(Neutron + "floatingips/floatingip-create-response.json")["floatingip"]!;
        Assert.Empty(OsSimClient.Keys(sample).Except(OsSimClient.Keys(floating)).Except(["dns_domain", "dns_name", "qos_policy_id"]));
        Assert.Equal("ACTIVE", floating.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("port_id").ValueKind);
        Assert.Equal("DOWN", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task CreateServer_CapacityFault_AcceptedThenErrorWithNoValidHostFault()
    {
        using var client = await SignedInAsync();
        using var faults = sim.WithFaults(new FaultPlan { CapacityErrors = 1 });

        var server = await CreateServerAsync(client);
        JsonElement errored = default;
        await WaitAsync(async () => (errored = (await client.JsonAsync(HttpMethod.Get, $"compute/v2.1/servers/{server}", null, Token)).GetProperty("server"))
            .GetProperty("status").GetString() == "ERROR");
        await client.SendAsync(HttpMethod.Delete, $"compute/v2.1/servers/{server}", null, Token);

        Assert.Equal(500, errored.GetProperty("fault").GetProperty("code").GetInt32());
        Assert.StartsWith("No valid host was found", errored.GetProperty("fault").GetProperty("message").GetString());
    }

    [Fact]
    public async Task ListServers_TagsFilter_OnlyFrom226On()
    {
        using var client = await SignedInAsync();
        var server = await CreateServerAsync(client, tags: ["only-me"]);

        var tagged = (await client.JsonAsync(HttpMethod.Get, "compute/v2.1/servers?tags=only-me", null, Token)).GetProperty("servers");
        var old = (await client.JsonAsync(HttpMethod.Get, "compute/v2.1/servers?tags=no-such-tag", null, Token, microversion: "2.1")).GetProperty("servers");
        await client.SendAsync(HttpMethod.Delete, $"compute/v2.1/servers/{server}", null, Token);

        Assert.Equal([server], tagged.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Contains(server, old.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    private async Task<OsSimClient> SignedInAsync()
    {
        var client = new OsSimClient(sim.Endpoint);
        using var response = await client.AuthenticateAsync(OsSimClient.PasswordRequest(sim.Simulator.Options), Token);
        response.EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<string> CreateServerAsync(OsSimClient client, params string[] tags)
    {
        var request = new JsonObject
        {
            ["server"] = new JsonObject
            {
                ["name"] = "sample",
                ["imageRef"] = "70a599e0-31e7-49b7-b260-868f441e862b",
                ["flavorRef"] = "1",
                ["networks"] = "auto",
                ["tags"] = new JsonArray([.. tags.Select(t => (JsonNode)t)]),
            },
        };
        return (await client.JsonAsync(HttpMethod.Post, "compute/v2.1/servers", request, Token)).GetProperty("server").GetProperty("id").GetString()!;
    }

    private static async Task<string> ActiveServerAsync(OsSimClient client)
    {
        var server = await CreateServerAsync(client);
        await WaitAsync(async () => (await client.JsonAsync(HttpMethod.Get, $"compute/v2.1/servers/{server}", null, Token)).GetProperty("server").GetProperty("status").GetString() == "ACTIVE");
        return server;
    }

    private static async Task WaitAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 200 && !await done(); i++)
        {
            await Task.Delay(20, Token);
        }
    }
}
