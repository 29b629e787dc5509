using static HostPool.CloudSim.Ec2.Ec2Xml;

namespace HostPool.CloudSim.Ec2;

/// <summary>CreateTags, DeleteTags and DescribeTags over instances, key pairs and security groups.</summary>
internal sealed class TagActions(Ec2Cloud cloud)
{
    public IReadOnlyDictionary<string, Ec2Action> Actions => new Dictionary<string, Ec2Action>(StringComparer.Ordinal)
    {
        ["CreateTags"] = Create,
        ["DeleteTags"] = Delete,
        ["DescribeTags"] = Describe,
    };

    private object?[] Create(Ec2Query query)
    {
        var targets = Targets(query);
        var tags = query.Items("Tag").Select(t => (Key: query.Get(t + ".Key") ?? throw Ec2Errors.MissingParameter(t + ".Key"), Value: query.Get(t + ".Value") ?? "")).ToList();
        foreach (var target in targets)
        {
            foreach (var (key, value) in tags)
            {
                target[key] = value;
            }
        }

        return [E("return", true)];
    }

    private object?[] Delete(Ec2Query query)
    {
        var targets = Targets(query);
        var tags = query.Items("Tag").Select(t => (Key: query.Get(t + ".Key") ?? "", Value: query.Get(t + ".Value"))).ToList();
        foreach (var target in targets)
        {
            foreach (var (key, value) in tags)
            {
                if (value is null || (target.TryGetValue(key, out var current) && current == value))
                {
                    target.Remove(key);
                }
            }
        }

        return [E("return", true)];
    }

    private object?[] Describe(Ec2Query query)
    {
        var rows = Rows().Where(row => query.Filters().All(f => f.Values.Contains(Field(row, f.Name) ?? throw Ec2Errors.InvalidFilter(f.Name)))).ToList();
        var (page, next) = Ec2Page.Cut(rows, query);
        return
        [
            Items("tagSet", page.Select(row => new[] { E("resourceId", row.Id), E("resourceType", row.Type), E("key", row.Key), E("value", row.Value) })),
            Opt("nextToken", next),
        ];
    }

    private IEnumerable<(string Id, string Type, string Key, string Value)> Rows() =>
        cloud.Instances.Where(i => i.IsLive).SelectMany(i => i.Tags.Select(t => (i.Id, "instance", t.Key, t.Value)))
            .Concat(cloud.KeyPairs.SelectMany(k => k.Tags.Select(t => (k.Id, "key-pair", t.Key, t.Value))))
            .Concat(cloud.SecurityGroups.SelectMany(g => g.Tags.Select(t => (g.Id, "security-group", t.Key, t.Value))))
            .OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item3, StringComparer.Ordinal);

    private static string? Field((string Id, string Type, string Key, string Value) row, string name) => name switch
    {
        "resource-id" => row.Id,
        "resource-type" => row.Type,
        "key" => row.Key,
        "value" => row.Value,
        _ => null,
    };

    private List<Dictionary<string, string>> Targets(Ec2Query query)
    {
        var ids = query.List("ResourceId");
        if (ids.Count == 0)
        {
            throw Ec2Errors.MissingParameter("ResourceId");
        }

        return [.. ids.Select(id => cloud.FindTaggable(id) switch
        {
            SimInstance i => i.TagValues,
            SimKeyPair k => k.TagValues,
            SimSecurityGroup g => g.TagValues,
            _ => throw Ec2Errors.NotFound(NotFoundCode(id), "resource", id),
        })];
    }

    private static string NotFoundCode(string id) => id.Split('-')[0] switch
    {
        "i" => "InvalidInstanceID.NotFound",
        "sg" => "InvalidGroup.NotFound",
        "key" => "InvalidKeyPair.NotFound",
        _ => "InvalidID",
    };
}
