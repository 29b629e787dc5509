using HostPool.Providers.Drivers;

namespace HostPool.Providers.DigitalOcean;

/// <summary>The DigitalOcean garbage collector behind the provider-neutral <see cref="IOrphanCollector"/> seam used by `hostpool gc`.</summary>
internal sealed class DigitalOceanOrphanCollector(IDigitalOceanGarbageCollector collector) : IOrphanCollector
{
    public string Driver => "digitalocean";

    public async Task<IReadOnlyList<OrphanResource>> FindAsync(
        IReadOnlyDictionary<string, IReadOnlyList<string>> options, CancellationToken cancellationToken) =>
        (await collector.FindAsync(Connection(options), cancellationToken)).Select(ToOrphan).ToList();

    public async Task<OrphanCleanup> DeleteAsync(
        IReadOnlyDictionary<string, IReadOnlyList<string>> options, IReadOnlyList<OrphanResource> orphans, CancellationToken cancellationToken)
    {
        var result = await collector.DeleteAsync(
            Connection(options), orphans.Select(o => new DigitalOceanOrphan(o.Kind, o.Id, o.Pool, o.Host, o.Detail)).ToList(), cancellationToken);
        return new OrphanCleanup(result.Deleted.Select(ToOrphan).ToList(), result.Kept.Select(k => (ToOrphan(k.Orphan), k.Reason)).ToList());
    }

    private static DigitalOceanConnection Connection(IReadOnlyDictionary<string, IReadOnlyList<string>> options)
    {
        Uri? apiUrl = options.TryGetValue(DigitalOceanFlags.ApiUrl, out var urls) && urls.Count > 0 ? new Uri(urls[^1]) : null;
        return options.TryGetValue(DigitalOceanFlags.AccessToken, out var tokens) && tokens.Count > 0
            ? new DigitalOceanConnection(apiUrl ?? new Uri(DigitalOceanFlags.DefaultApiUrl), tokens[^1])
            : DigitalOceanConnection.FromEnvironment(apiUrl);
    }

    private OrphanResource ToOrphan(DigitalOceanOrphan orphan) => new(Driver, orphan.Kind, orphan.Id, orphan.Pool, orphan.Host, orphan.Detail);
}
