using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.Ec2;

/// <summary>
/// The simulated account's state. Every action runs under <see cref="Gate"/>; instance states are advanced
/// lazily to the injected clock's now before anything reads them.
/// </summary>
internal sealed class Ec2Cloud
{
    private readonly Random _ids;

    public Ec2Cloud(Ec2SimOptions options, IMachineBackend backend, TimeProvider time)
    {
        Options = options;
        Backend = backend;
        Time = time;
        _ids = new Random(options.Seed);
        Subnets = [.. Ec2Catalog.Subnets(options.Region)];
        SecurityGroups.Add(new SimSecurityGroup(NewId("sg"), "default", "default VPC security group", Ec2Catalog.DefaultVpc.Id, isDefault: true));
    }

    public Lock Gate { get; } = new();

    public Ec2SimOptions Options { get; }

    public IMachineBackend Backend { get; }

    public TimeProvider Time { get; }

    public List<SimInstance> Instances { get; } = [];

    public List<SimKeyPair> KeyPairs { get; } = [];

    public List<SimSecurityGroup> SecurityGroups { get; } = [];

    public IReadOnlyList<SimVpc> Vpcs { get; } = [Ec2Catalog.DefaultVpc];

    public IReadOnlyList<SimSubnet> Subnets { get; }

    public IReadOnlyList<SimImage> Images => Ec2Catalog.Images;

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>A new id like AWS's: the prefix, a dash and 17 hex digits.</summary>
    public string NewId(string prefix)
    {
        Span<byte> bytes = stackalloc byte[9];
        _ids.NextBytes(bytes);
        return prefix + "-" + Convert.ToHexStringLower(bytes)[..17];
    }

    /// <summary>Applies every due state transition; call under <see cref="Gate"/>.</summary>
    public void Advance()
    {
        var now = Now;
        foreach (var instance in Instances)
        {
            instance.Advance(now);
        }
    }

    /// <summary>The taggable resource with this id, or null.</summary>
    public IFilterable? FindTaggable(string id) =>
        (IFilterable?)Instances.FirstOrDefault(i => i.Id == id)
        ?? (IFilterable?)KeyPairs.FirstOrDefault(k => k.Id == id)
        ?? SecurityGroups.FirstOrDefault(g => g.Id == id);

    public SimSecurityGroup Group(string id) =>
        SecurityGroups.FirstOrDefault(g => g.Id == id) ?? throw Ec2Errors.NotFound("InvalidGroup.NotFound", "security group", id);

    public SimInstance Instance(string id) =>
        Instances.FirstOrDefault(i => i.Id == id) ?? throw Ec2Errors.NotFound("InvalidInstanceID.NotFound", "instance ID", id);

    public IReadOnlyList<LiveResource> LiveResources()
    {
        lock (Gate)
        {
            Advance();
            return
            [
                .. Instances.Where(i => i.IsLive).Select(i => new LiveResource("ec2", "instance", i.Id, Ec2Names.Of(i.State)) { Tags = Copy(i.Tags) }),
                .. KeyPairs.Select(k => new LiveResource("ec2", "key-pair", k.Id, "available") { Tags = Copy(k.Tags) }),
                .. SecurityGroups.Where(g => !g.IsDefault).Select(g => new LiveResource("ec2", "security-group", g.Id, "available") { Tags = Copy(g.Tags) }),
                .. Backend.Machines.Select(m => new LiveResource("ec2", "machine:" + Backend.Name, m.Id, m.Address)),
            ];
        }
    }

    private static Dictionary<string, string> Copy(IReadOnlyDictionary<string, string> tags) => new(tags, StringComparer.Ordinal);
}
