namespace HostPool.CloudSim.DigitalOcean;

/// <summary>
/// What the simulated account offers: regions, sizes and distribution images named as DigitalOcean names them (the
/// current Ubuntu LTS is ubuntu-24-04-x64). Every image's machine is a local host that logs in as root, as droplets do.
/// </summary>
internal static class DoCatalog
{
    public const string SshUser = "root";
    public const string VpcUuid = "760e09ef-dc84-11e8-981e-3cfdfeaae000";

    public static IReadOnlyList<string> RegionFeatures { get; } = ["private_networking", "backups", "ipv6", "metadata", "install_agent", "storage", "image_transfer"];

    public static IReadOnlyList<SimDoSize> Sizes { get; } =
    [
        new("s-1vcpu-1gb", 1024, 1, 25, 1.0, 6.0, "Basic"),
        new("s-1vcpu-2gb", 2048, 1, 50, 2.0, 12.0, "Basic"),
        new("s-2vcpu-2gb", 2048, 2, 60, 3.0, 18.0, "Basic"),
        new("s-2vcpu-4gb", 4096, 2, 80, 4.0, 24.0, "Basic"),
        new("s-4vcpu-8gb", 8192, 4, 160, 5.0, 48.0, "Basic"),
        new("g-2vcpu-8gb", 8192, 2, 25, 4.0, 63.0, "General Purpose"),
    ];

    public static IReadOnlyList<SimDoRegion> Regions { get; } =
    [
        new("nyc1", "New York 1", true),
        new("nyc3", "New York 3", true),
        new("ams3", "Amsterdam 3", true),
        new("fra1", "Frankfurt 1", true),
        new("lon1", "London 1", true),
        new("sfo3", "San Francisco 3", true),
        new("sgp1", "Singapore 1", true),
        new("nyc2", "New York 2", false),
    ];

    public static IReadOnlyList<SimDoImage> Images { get; } =
    [
        new(160000001, "24.04 (LTS) x64", "Ubuntu", "ubuntu-24-04-x64", new DateTimeOffset(2026, 4, 25, 0, 0, 0, TimeSpan.Zero)),
        new(160000002, "22.04 (LTS) x64", "Ubuntu", "ubuntu-22-04-x64", new DateTimeOffset(2024, 4, 20, 0, 0, 0, TimeSpan.Zero)),
        new(160000003, "12 x64", "Debian", "debian-12-x64", new DateTimeOffset(2026, 7, 10, 0, 0, 0, TimeSpan.Zero)),
    ];

    public static IReadOnlyList<string> AvailableRegions => [.. Regions.Where(r => r.Available).Select(r => r.Slug)];
}
