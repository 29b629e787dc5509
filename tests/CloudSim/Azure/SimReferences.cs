using System.Text.Json.Nodes;

namespace HostPool.CloudSim.Azure;

/// <summary>The links between resources that ARM checks: NIC to subnet and public IP, subnet to NSG, VM to NIC.</summary>
internal static class SimReferences
{
    public static IEnumerable<JsonObject> IpConfigurations(SimResource nic) =>
        (nic.Properties["ipConfigurations"] as JsonArray ?? []).OfType<JsonObject>().Select(c => c["properties"] as JsonObject ?? []);

    public static string? SubnetOf(JsonObject ipConfiguration) => ipConfiguration["subnet"]?["id"]?.GetValue<string>();

    public static string? PublicIpOf(JsonObject ipConfiguration) => ipConfiguration["publicIPAddress"]?["id"]?.GetValue<string>();

    public static IEnumerable<JsonObject> Subnets(SimResource vnet) => (vnet.Properties["subnets"] as JsonArray ?? []).OfType<JsonObject>();

    public static string? SecurityGroupOf(JsonObject subnet) => subnet["properties"]?["networkSecurityGroup"]?["id"]?.GetValue<string>();

    public static IEnumerable<string> NicsOf(SimResource vm) =>
        (vm.Properties["networkProfile"]?["networkInterfaces"] as JsonArray ?? []).OfType<JsonObject>().Select(n => n["id"]?.GetValue<string>()).OfType<string>();

    public static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    public static bool IsType(SimResource resource, string type) => resource.Type.Equals(type, StringComparison.OrdinalIgnoreCase);
}
