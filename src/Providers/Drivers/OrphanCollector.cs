namespace HostPool.Providers.Drivers;

/// <summary>
/// Puts a provider's own garbage collector (its connection, orphan and result types) behind <see cref="IOrphanCollector"/>.
/// Every provider's orphans have the same five fields, so one adapter serves them all.
/// </summary>
internal sealed class OrphanCollector<TConnection, TOrphan>(
    string driver,
    Func<IReadOnlyDictionary<string, IReadOnlyList<string>>, TConnection> connect,
    Func<TConnection, CancellationToken, Task<IReadOnlyList<TOrphan>>> find,
    Func<TConnection, IReadOnlyList<TOrphan>, CancellationToken, Task<(IReadOnlyList<TOrphan> Deleted, IReadOnlyList<(TOrphan Orphan, string Reason)> Kept)>> delete,
    Func<TOrphan, OrphanResource> toResource,
    Func<OrphanResource, TOrphan> fromResource) : IOrphanCollector
{
    public string Driver => driver;

    public async Task<IReadOnlyList<OrphanResource>> FindAsync(
        IReadOnlyDictionary<string, IReadOnlyList<string>> options, CancellationToken cancellationToken) =>
        (await find(connect(options), cancellationToken)).Select(toResource).ToList();

    public async Task<OrphanCleanup> DeleteAsync(
        IReadOnlyDictionary<string, IReadOnlyList<string>> options, IReadOnlyList<OrphanResource> orphans, CancellationToken cancellationToken)
    {
        var (deleted, kept) = await delete(connect(options), orphans.Select(fromResource).ToList(), cancellationToken);
        return new OrphanCleanup(deleted.Select(toResource).ToList(), kept.Select(k => (toResource(k.Orphan), k.Reason)).ToList());
    }

    /// <summary>The last value of a flag in gc's options, or null.</summary>
    public static string? Option(IReadOnlyDictionary<string, IReadOnlyList<string>> options, string name) =>
        options.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;
}
