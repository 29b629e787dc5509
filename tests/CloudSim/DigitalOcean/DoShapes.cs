using System.Globalization;
using System.Text.Json.Nodes;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>The JSON shapes of the samples (droplets/responses/examples.yml, actions, keys, firewalls, regions, sizes, images).</summary>
internal static class DoShapes
{
    public static JsonObject Droplet(SimDroplet d)
    {
        var v4 = new JsonArray();
        if (d.Machine is { } machine && d.Status != "new")
        {
            v4.Add(new JsonObject { ["ip_address"] = machine.Address, ["netmask"] = "255.255.0.0", ["gateway"] = "nil", ["type"] = "private" });
            v4.Add(new JsonObject { ["ip_address"] = machine.Address, ["netmask"] = "255.255.255.0", ["gateway"] = Gateway(machine.Address), ["type"] = "public" });
        }

        return new JsonObject
        {
            ["id"] = d.Id,
            ["name"] = d.Name,
            ["memory"] = d.Size.Memory,
            ["vcpus"] = d.Size.Vcpus,
            ["disk"] = d.Size.Disk,
            ["disk_info"] = new JsonArray(DiskInfo(d.Size.Disk)),
            ["locked"] = d.Locked,
            ["status"] = d.Status,
            ["kernel"] = null,
            ["created_at"] = Time(d.CreatedAt),
            ["features"] = Strings(d.Features),
            ["backup_ids"] = new JsonArray(),
            ["next_backup_window"] = null,
            ["snapshot_ids"] = new JsonArray(),
            ["image"] = Image(d.Image),
            ["volume_ids"] = new JsonArray(),
            ["size"] = Size(d.Size),
            ["size_slug"] = d.Size.Slug,
            ["networks"] = new JsonObject { ["v4"] = v4, ["v6"] = new JsonArray() },
            ["region"] = Region(DoCatalog.Regions.First(r => r.Slug == d.Region)),
            ["tags"] = Strings(d.Tags),
            ["vpc_uuid"] = DoCatalog.VpcUuid,
        };
    }

    public static JsonObject Action(SimDoAction a) => new()
    {
        ["id"] = a.Id,
        ["status"] = a.Status,
        ["type"] = a.Type,
        ["started_at"] = Time(a.StartedAt),
        ["completed_at"] = a.CompletedAt is { } done ? Time(done) : null,
        ["resource_id"] = a.DropletId,
        ["resource_type"] = "droplet",
        ["region"] = Region(DoCatalog.Regions.First(r => r.Slug == a.Region)),
        ["region_slug"] = a.Region,
    };

    public static JsonObject Key(SimDoKey k) => new()
    {
        ["id"] = k.Id,
        ["fingerprint"] = k.Fingerprint,
        ["public_key"] = k.PublicKey,
        ["name"] = k.Name,
    };

    public static JsonObject Firewall(SimDoFirewall f, IEnumerable<SimDroplet> droplets) => new()
    {
        ["id"] = f.Id,
        ["name"] = f.Name,
        ["status"] = f.Status,
        ["inbound_rules"] = f.InboundRules.DeepClone(),
        ["outbound_rules"] = f.OutboundRules.DeepClone(),
        ["created_at"] = Time(f.CreatedAt),
        ["droplet_ids"] = new JsonArray([.. f.DropletIds.Concat(droplets.Where(d => !d.Deleting && d.Tags.Intersect(f.Tags).Any()).Select(d => d.Id)).Distinct().Select(id => (JsonNode)id)]),
        ["tags"] = Strings(f.Tags),
        ["pending_changes"] = new JsonArray(),
    };

    public static JsonObject Region(SimDoRegion r) => new()
    {
        ["name"] = r.Name,
        ["slug"] = r.Slug,
        ["features"] = Strings(DoCatalog.RegionFeatures),
        ["available"] = r.Available,
        ["sizes"] = r.Available ? Strings(DoCatalog.Sizes.Select(s => s.Slug)) : new JsonArray(),
    };

    public static JsonObject Size(SimDoSize s) => new()
    {
        ["slug"] = s.Slug,
        ["memory"] = s.Memory,
        ["vcpus"] = s.Vcpus,
        ["disk"] = s.Disk,
        ["transfer"] = s.Transfer,
        ["price_monthly"] = s.PriceMonthly,
        ["price_hourly"] = Math.Round(s.PriceMonthly / 672, 5),
        ["regions"] = Strings(DoCatalog.AvailableRegions),
        ["available"] = true,
        ["description"] = s.Description,
        ["disk_info"] = new JsonArray(DiskInfo(s.Disk)),
    };

    public static JsonObject Image(SimDoImage i) => new()
    {
        ["id"] = i.Id,
        ["name"] = i.Name,
        ["distribution"] = i.Distribution,
        ["slug"] = i.Slug,
        ["public"] = true,
        ["regions"] = Strings(DoCatalog.AvailableRegions),
        ["created_at"] = Time(i.CreatedAt),
        ["type"] = "base",
        ["min_disk_size"] = 15,
        ["size_gigabytes"] = 2.36,
        ["description"] = "",
        ["tags"] = new JsonArray(),
        ["status"] = "available",
        ["error_message"] = "",
    };

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);

    private static JsonObject DiskInfo(int gib) =>
        new() { ["type"] = "local", ["size"] = new JsonObject { ["amount"] = gib, ["unit"] = "gib" } };

    private static string Gateway(string address) => address[..(address.LastIndexOf('.') + 1)] + "1";

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
