using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.Store;

namespace HostPool.Providers.Hosts;

internal sealed class HostGarbageCollector(
    IHostStore store, IHostRemover remover, HostPoolHome home, IEnumerable<IOrphanCollector> collectors) : IHostGarbageCollector
{
    private readonly IReadOnlyList<IOrphanCollector> _collectors = collectors.ToList();

    public IReadOnlyList<string> ScannableDrivers => _collectors.Select(c => c.Driver).Order(StringComparer.Ordinal).ToList();

    public async Task<IReadOnlyList<HostRecord>> FindAbandonedCreatesAsync(string? driver, CancellationToken cancellationToken)
    {
        var abandoned = new List<HostRecord>();
        foreach (var host in await store.ListAsync(cancellationToken))
        {
            if (host.State is not HostState.Creating || (driver is not null && host.Driver != driver))
            {
                continue;
            }

            using var lease = CreateLease.TryAcquire(home, host.Name);
            if (lease is not null)
            {
                abandoned.Add(host);
            }
        }

        return abandoned;
    }

    public async Task RemoveAbandonedCreateAsync(HostRecord host, CancellationToken cancellationToken)
    {
        using var lease = CreateLease.Acquire(home, host.Name);
        await remover.RemoveAsync(host.Name, force: false, cancellationToken);
    }

    public async Task<IReadOnlyList<OrphanResource>> FindOrphansAsync(
        string driver, IReadOnlyDictionary<string, IReadOnlyList<string>> options, CancellationToken cancellationToken)
    {
        var inProgress = new HashSet<string>(StringComparer.Ordinal);
        foreach (var host in (await store.ListAsync(cancellationToken)).Where(h => h.State is HostState.Creating))
        {
            using var lease = CreateLease.TryAcquire(home, host.Name);
            if (lease is null)
            {
                inProgress.UnionWith(host.Resources.Select(r => r.Id));
                inProgress.Add(host.Name);
            }
        }

        var found = await Collector(driver).FindAsync(options, cancellationToken);
        return found.Where(o => !inProgress.Contains(o.Id) && (o.Host is null || !inProgress.Contains(o.Host))).ToList();
    }

    public Task<OrphanCleanup> DeleteOrphansAsync(
        string driver, IReadOnlyDictionary<string, IReadOnlyList<string>> options, IReadOnlyList<OrphanResource> orphans, CancellationToken cancellationToken) =>
        Collector(driver).DeleteAsync(options, orphans, cancellationToken);

    private IOrphanCollector Collector(string driver) =>
        _collectors.FirstOrDefault(c => c.Driver == driver)
        ?? throw new UsageException($"The {driver} driver has no provider resources to scan. Drivers gc can scan: {string.Join(", ", ScannableDrivers)}.");
}
