using HostPool.Providers.Drivers;

namespace HostPool.Providers.Ec2;

/// <summary>The ec2 garbage collector behind the provider-neutral <see cref="IOrphanCollector"/> seam used by `hostpool gc`.</summary>
internal sealed class Ec2OrphanCollector(IEc2GarbageCollector collector) : IOrphanCollector
{
    public string Driver => Ec2Driver.DriverName;

    public async Task<IReadOnlyList<OrphanResource>> FindAsync(
        IReadOnlyDictionary<string, IReadOnlyList<string>> options, CancellationToken cancellationToken)
    {
        var found = await collector.FindAsync(Connection(options), cancellationToken);
        return found.Select(ToOrphan).ToList();
    }

    public async Task<OrphanCleanup> DeleteAsync(
        IReadOnlyDictionary<string, IReadOnlyList<string>> options, IReadOnlyList<OrphanResource> orphans, CancellationToken cancellationToken)
    {
        var result = await collector.DeleteAsync(
            Connection(options), orphans.Select(o => new Ec2Orphan(o.Kind, o.Id, o.Pool, o.Host, o.Detail)).ToList(), cancellationToken);
        return new OrphanCleanup(
            result.Deleted.Select(ToOrphan).ToList(),
            result.Kept.Select(k => (ToOrphan(k.Orphan), k.Reason)).ToList());
    }

    private static Ec2Connection Connection(IReadOnlyDictionary<string, IReadOnlyList<string>> options) =>
        Ec2Options.From(new Model.HostSpec { Name = "gc", Driver = Ec2Driver.DriverName, DriverOptions = options }).Connection;

    private static OrphanResource ToOrphan(Ec2Orphan orphan) =>
        new(Ec2Driver.DriverName, orphan.Kind, orphan.Id, orphan.Pool, orphan.Host, orphan.Detail);
}
