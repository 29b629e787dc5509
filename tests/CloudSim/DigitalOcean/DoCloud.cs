using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>
/// The simulated account's state. Every route runs under <see cref="Gate"/>; droplet transitions are applied lazily
/// at the injected clock's now before anything reads them.
/// </summary>
internal sealed class DoCloud(DoSimOptions options, IMachineBackend backend, TimeProvider time)
{
    private readonly Random _ids = new(options.Seed);
    private long _nextDroplet = 3164444;
    private long _nextAction = 36804636;
    private long _nextKey = 289794;

    public Lock Gate { get; } = new();

    public DoSimOptions Options { get; } = options;

    public IMachineBackend Backend { get; } = backend;

    public TimeProvider Time { get; } = time;

    public List<SimDroplet> Droplets { get; } = [];

    public List<SimDoAction> Actions { get; } = [];

    public List<SimDoKey> Keys { get; } = [];

    public List<SimDoFirewall> Firewalls { get; } = [];

    public DateTimeOffset Now => Time.GetUtcNow();

    public DateTimeOffset Due => Now + Options.TransitionTime;

    public long NewDropletId() => _nextDroplet += 1 + _ids.Next(40);

    public long NewActionId() => _nextAction += 1 + _ids.Next(40);

    public long NewKeyId() => _nextKey += 1 + _ids.Next(40);

    public string NewUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _ids.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    /// <summary>Applies every due transition and forgets droplets whose deletion finished; call under <see cref="Gate"/>.</summary>
    public void Advance()
    {
        var now = Now;
        foreach (var droplet in Droplets)
        {
            droplet.Advance(now);
        }

        Droplets.RemoveAll(d => d.Gone);
    }

    public SimDroplet Droplet(string id) =>
        Droplets.FirstOrDefault(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == id) ?? throw DoSimErrors.NotFound();

    public SimDoAction StartAction(SimDroplet droplet, string type)
    {
        var action = new SimDoAction(NewActionId(), type, droplet.Id, droplet.Region, Now);
        Actions.Add(action);
        return action;
    }

    public IReadOnlyList<LiveResource> LiveResources()
    {
        lock (Gate)
        {
            Advance();
            return
            [
                .. Droplets.Select(d => new LiveResource("digitalocean", "droplet", Text(d.Id), d.Deleting ? "deleting" : d.Status) { Tags = LiveResource.TagsOf(d.Name, d.Tags) }),
                .. Keys.Select(k => new LiveResource("digitalocean", "ssh-key", Text(k.Id), k.Fingerprint) { Tags = LiveResource.TagsOf(k.Name, []) }),
                .. Firewalls.Select(f => new LiveResource("digitalocean", "firewall", f.Id, f.Status) { Tags = LiveResource.TagsOf(f.Name, f.Tags) }),
                .. Backend.Machines.Where(m => m.Id.StartsWith(MachinePrefix, StringComparison.Ordinal))
                    .Select(m => new LiveResource("digitalocean", "machine:" + Backend.Name, m.Id, m.Address)),
            ];
        }
    }

    /// <summary>Backend machines of droplets are named "do-ID" (they share the backend with the other simulators).</summary>
    public const string MachinePrefix = "do-";

    private static string Text(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
