using System.Text.Json.Nodes;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.ResourceManager;
using Azure.ResourceManager.Resources;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers.Azure;

namespace HostPool.CloudSim.Tests.Azure;

/// <summary>Permanent errors reported as what to change, and the simulator's ARM contract as the SDK uses it unaided.</summary>
public sealed class AzureErrorTests(AzureSimulatorFixture sim) : IClassFixture<AzureSimulatorFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_SizeNotOfferedInLocation_SaysChooseAnotherSizeAndRollbackLeavesNothing()
    {
        using var harness = new AzureHarness(sim.Server, sim.Simulator);
        var spec = harness.Spec("sku", "skus", (AzureFlags.VmSize, sim.Simulator.Options.UnavailableSizes[0]));

        var error = await Assert.ThrowsAsync<UsageException>(() => harness.CreateAsync(spec, Token));
        await harness.RemoveAsync("sku", Token);

        Assert.Contains("SkuNotAvailable", error.Message);
        Assert.Contains("--azure-vm-size", error.Message);
        Assert.Empty(Sim.PoolLeaks(sim.Server, "skus"));
    }

    [Fact]
    public async Task CreateAsync_WrongClientSecret_SaysCheckTheCredentials()
    {
        using var harness = new AzureHarness(sim.Server, sim.Simulator);
        var spec = harness.Spec("auth", "auths", (AzureFlags.ClientSecret, "not-the-secret"));

        var error = await Assert.ThrowsAsync<UsageException>(() => harness.CreateAsync(spec, Token));

        Assert.Contains("AZURE_CLIENT_SECRET", error.Message);
        Assert.Empty(Sim.PoolLeaks(sim.Server, "auths"));
    }

    [Fact]
    public async Task GenericResource_NoApiVersionSet_DiscoversItFromTheProvidersEndpoint()
    {
        using var harness = new AzureHarness(sim.Server, sim.Simulator);
        var connection = harness.Connection;
        var options = new ArmClientOptions
        {
            Environment = new ArmEnvironment(sim.Server.Endpoint, sim.Server.Endpoint.ToString()),
            Transport = AzureTrust.Transport(connection, TimeSpan.FromSeconds(30)),
        };
        var credential = new ClientSecretCredential(connection.TenantId, connection.ClientId, AzureSimulatorFixture.ClientSecret, new ClientSecretCredentialOptions
        {
            AuthorityHost = sim.Server.Endpoint,
            Transport = AzureTrust.Transport(connection, TimeSpan.FromSeconds(30)),
            DisableInstanceDiscovery = true,
        });
        var client = new ArmClient(credential, connection.SubscriptionId, options);
        var subscription = client.GetSubscriptionResource(SubscriptionResource.CreateResourceIdentifier(connection.SubscriptionId));
        await subscription.GetResourceGroups().CreateOrUpdateAsync(WaitUntil.Completed, "discovery", new ResourceGroupData(new AzureLocation("eastus")), Token);
        var id = new ResourceIdentifier($"/subscriptions/{connection.SubscriptionId}/resourceGroups/discovery/providers/Microsoft.Network/networkSecurityGroups/probe");
        var data = new GenericResourceData(new AzureLocation("eastus")) { Properties = BinaryData.FromString(new JsonObject { ["securityRules"] = new JsonArray() }.ToJsonString()) };

        var created = (await client.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, id, data, Token)).Value;
        await created.DeleteAsync(WaitUntil.Completed, Token);
        await client.GetResourceGroupResource(ResourceGroupResource.CreateResourceIdentifier(connection.SubscriptionId, "discovery")).DeleteAsync(WaitUntil.Completed, cancellationToken: Token);

        Assert.Equal("Succeeded", JsonNode.Parse(created.Data.Properties.ToString())?["provisioningState"]?.GetValue<string>());
        Assert.True(sim.Simulator.Faults.Calls.GetValueOrDefault("GET providers") >= 1);
        Assert.DoesNotContain(sim.Simulator.LiveResources(), r => r.Id.Contains("/discovery", StringComparison.OrdinalIgnoreCase));
    }
}
