using System.Text.Json.Nodes;

namespace HostPool.Providers.Azure;

/// <summary>
/// The properties of the network resources, made as generic ARM resources (Microsoft.Network api-version
/// <see cref="AzureClientFactory.NetworkApiVersion"/>), in the shape of the NetworkSecurityGroup, VirtualNetwork,
/// PublicIPAddress and NetworkInterface examples of the REST specification.
/// </summary>
internal static class AzureBodies
{
    public const int SshPort = 22;
    public const int DockerPort = 2376;

    /// <summary>SSH and the Docker API (mutual TLS) from the source range; Swarm (2377/tcp, 7946/tcp+udp, 4789/udp) within the pool's network.</summary>
    public static JsonObject SecurityGroup(string sourceCidr)
    {
        var source = sourceCidr is "0.0.0.0/0" ? "*" : sourceCidr;
        return new JsonObject
        {
            ["securityRules"] = new JsonArray(
                Rule("hostpool-ssh", 1000, "Tcp", source, SshPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Rule("hostpool-docker-tls", 1010, "Tcp", source, DockerPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Rule("hostpool-swarm-manage", 1020, "Tcp", AzureNames.AddressSpace, "2377"),
                Rule("hostpool-swarm-gossip", 1030, "*", AzureNames.AddressSpace, "7946"),
                Rule("hostpool-swarm-overlay", 1040, "Udp", AzureNames.AddressSpace, "4789")),
        };
    }

    public static JsonObject VirtualNetwork(string securityGroupId) => new()
    {
        ["addressSpace"] = new JsonObject { ["addressPrefixes"] = new JsonArray(AzureNames.AddressSpace) },
        ["subnets"] = new JsonArray(new JsonObject
        {
            ["name"] = AzureNames.SubnetName,
            ["properties"] = new JsonObject
            {
                ["addressPrefix"] = AzureNames.SubnetPrefix,
                ["networkSecurityGroup"] = new JsonObject { ["id"] = securityGroupId },
            },
        }),
    };

    public static JsonObject PublicIp(bool isStatic) => new()
    {
        ["publicIPAllocationMethod"] = isStatic ? "Static" : "Dynamic",
        ["publicIPAddressVersion"] = "IPv4",
    };

    public static JsonObject NetworkInterface(string subnetId, string? publicIpId)
    {
        var ipConfiguration = new JsonObject
        {
            ["subnet"] = new JsonObject { ["id"] = subnetId },
            ["privateIPAllocationMethod"] = "Dynamic",
        };
        if (publicIpId is not null)
        {
            ipConfiguration["publicIPAddress"] = new JsonObject { ["id"] = publicIpId };
        }

        return new JsonObject
        {
            ["ipConfigurations"] = new JsonArray(new JsonObject { ["name"] = "ipconfig1", ["properties"] = ipConfiguration }),
        };
    }

    /// <summary>properties.ipAddress of a public IP (absent while a dynamic one is not allocated).</summary>
    public static string? PublicAddress(BinaryData? properties) =>
        Parse(properties)?["ipAddress"]?.GetValue<string>();

    /// <summary>The first IP configuration's private address of a network interface.</summary>
    public static string? PrivateAddress(BinaryData? properties) =>
        Parse(properties)?["ipConfigurations"]?[0]?["properties"]?["privateIPAddress"]?.GetValue<string>();

    private static JsonNode? Parse(BinaryData? properties) =>
        properties is null || properties.ToMemory().IsEmpty ? null : JsonNode.Parse(properties.ToString());

    private static JsonObject Rule(string name, int priority, string protocol, string source, string port) => new()
    {
        ["name"] = name,
        ["properties"] = new JsonObject
        {
            ["protocol"] = protocol,
            ["sourceAddressPrefix"] = source,
            ["sourcePortRange"] = "*",
            ["destinationAddressPrefix"] = "*",
            ["destinationPortRange"] = port,
            ["access"] = "Allow",
            ["priority"] = priority,
            ["direction"] = "Inbound",
        },
    };
}
