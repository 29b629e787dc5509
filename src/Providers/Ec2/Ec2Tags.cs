using Amazon.EC2.Model;

namespace HostPool.Providers.Ec2;

/// <summary>
/// The tags hostpool puts on every EC2 resource at creation (TagSpecifications), by which `gc` finds what no
/// record owns: the pool, the host (absent on the pool's security group) and the resource's role.
/// </summary>
internal static class Ec2Tags
{
    public const string Prefix = "hostpool:";
    public const string Pool = "hostpool:pool";
    public const string Host = "hostpool:host";
    public const string Role = "hostpool:role";
    public const string Name = "Name";

    public const string RoleInstance = "instance";
    public const string RoleKeyPair = "key-pair";
    public const string RoleSecurityGroup = "pool-security-group";

    public static List<Tag> For(string pool, string? host, string role, IReadOnlyDictionary<string, string> extra)
    {
        var tags = new List<Tag> { new(Pool, pool), new(Role, role) };
        if (host is not null)
        {
            tags.Add(new Tag(Host, host));
            tags.Add(new Tag(Name, host));
        }

        tags.AddRange(extra.Where(e => e.Key != Name || host is null).Select(e => new Tag(e.Key, e.Value)));
        return tags;
    }

    public static TagSpecification Specification(string resourceType, List<Tag> tags) =>
        new() { ResourceType = resourceType, Tags = tags };

    public static string? Value(List<Tag>? tags, string key) => tags?.FirstOrDefault(t => t.Key == key)?.Value;
}
