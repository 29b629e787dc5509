using System.Text.Json.Nodes;

namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// What the simulated project offers: the sample flavors (m1.tiny .. m1.xlarge), Ubuntu and CirrOS images, a private
/// network and an external "public" one for floating IPs, and the service catalog pointing back at the simulator
/// (public endpoints at /SERVICE, internal at /internal/SERVICE, admin at /admin/SERVICE). Every image's machine is a
/// local host that logs in as root.
/// </summary>
internal static class OsCatalog
{
    public const string SshUser = "root";
    public const string ProjectId = "6f70656e737461636b20342065766572";
    public const string UserId = "ee4dfb6e5540447cb3741905149d9b6e";

    public static IReadOnlyList<string> Interfaces { get; } = ["public", "internal", "admin"];

    public static IReadOnlyList<SimOsFlavor> Flavors { get; } =
    [
        new("1", "m1.tiny", 1, 512, 1),
        new("2", "m1.small", 1, 2048, 20),
        new("3", "m1.medium", 2, 4096, 40),
        new("4", "m1.large", 4, 8192, 80),
        new("5", "m1.xlarge", 8, 16384, 160),
    ];

    public static IReadOnlyList<SimOsImage> Images { get; } =
    [
        new("70a599e0-31e7-49b7-b260-868f441e862b", "ubuntu-24.04", "ubuntu", 623_247_360),
        new("1bea47ed-f6a9-463b-b423-14b9cca9ad27", "cirros-0.3.2-x86_64-disk", "cirros", 13_167_616),
    ];

    public static IReadOnlyList<SimOsNetwork> Networks { get; } =
    [
        new("d32019d3-bc6e-4319-9c1d-6722fc136a22", "private", false, "54d6f61d-db07-451c-9ab3-b9609b6b6f0b", "10.0.0.0/24"),
        new("376da547-b977-4cfe-9cba-275c80debf57", "public", true, "08eae331-0402-425a-923c-34f7cfe39c1b", "127.78.0.0/16"),
    ];

    /// <summary>The token's catalog (auth-password-project-scoped-response.json's shape) for the simulator at <paramref name="baseUrl"/>.</summary>
    public static JsonArray Catalog(string baseUrl, string region) =>
    [
        Service("identity", "keystone", baseUrl, "identity/v3", region),
        Service("compute", "nova", baseUrl, "compute/v2.1", region),
        Service("network", "neutron", baseUrl, "network", region),
        Service("image", "glance", baseUrl, "image", region),
    ];

    /// <summary>The path prefix of an interface's endpoints ("" for public).</summary>
    public static string Prefix(string @interface) => @interface == "public" ? "" : @interface + "/";

    private static JsonObject Service(string type, string name, string baseUrl, string path, string region) => new()
    {
        ["endpoints"] = new JsonArray([.. Interfaces.Select(i => (JsonNode)new JsonObject
        {
            ["region_id"] = region,
            ["url"] = $"{baseUrl}/{Prefix(i)}{path}",
            ["region"] = region,
            ["interface"] = i,
            ["id"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(type + i)))[..32],
        })]),
        ["type"] = type,
        ["id"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(type)))[..32],
        ["name"] = name,
    };
}
