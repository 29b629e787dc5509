using HostPool.Pool.Deploy;
using HostPool.Pool.Membership;
using HostPool.Providers.Engine;

namespace HostPool.Pool.Operations;

/// <summary>Finds the image once (local engine, then pool hosts), then streams it into every target that lacks it at once.</summary>
internal sealed class ImagePusher(ILivePool pool, IEngineClientFactory engines, ILocalEngine local, TimeProvider timeProvider) : IImagePusher
{
    public async Task<IReadOnlyList<ImagePushOutcome>> PushAsync(string image, IReadOnlyList<string> hosts, string? poolName, CancellationToken cancellationToken)
    {
        var everyHost = await pool.ReadAsync(null, cancellationToken);
        var targets = Targets(everyHost, hosts, poolName);
        var sources = everyHost.Where(h => h.Answers).Select(h => h.Record).ToList();
        var distributor = new ImageDistributor(engines, sources, local);
        if (await distributor.FindAsync(image, cancellationToken) is null)
        {
            throw new NotFoundException(
                $"Image {image} is nowhere hostpool can copy it from: not on {distributor.Searched()}. Pull or load it on your machine (docker pull / docker load) or on one host, then push again.");
        }

        return await Task.WhenAll(targets.Select(target => PushOneAsync(distributor, target, image, cancellationToken)));
    }

    private static IReadOnlyList<PoolHostView> Targets(IReadOnlyList<PoolHostView> everyHost, IReadOnlyList<string> named, string? poolName)
    {
        if (named.Count == 0)
        {
            var inPool = everyHost.Where(h => poolName is null || h.Record.Pool == poolName).ToList();
            return inPool.Count > 0
                ? inPool
                : throw new NotFoundException($"No host is in pool '{poolName}'. Run `hostpool pool ls` to see the pools.");
        }

        var unknown = named.Where(n => !everyHost.Any(h => h.Record.Name == n)).ToList();
        return unknown.Count == 0
            ? [.. everyHost.Where(h => named.Contains(h.Record.Name, StringComparer.Ordinal))]
            : throw new NotFoundException($"No host named {string.Join(", ", unknown)}. Run `hostpool ls` to see the hosts.");
    }

    private async Task<ImagePushOutcome> PushOneAsync(ImageDistributor distributor, PoolHostView target, string image, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        if (!target.Answers)
        {
            return new ImagePushOutcome(target.Record.Name, "failed", null, TimeSpan.Zero, target.Error ?? $"host is {target.Record.State}");
        }

        try
        {
            using var engine = engines.Create(target.Record);
            if (await ImageDistributor.HasAsync(engine, image, cancellationToken))
            {
                return new ImagePushOutcome(target.Record.Name, "present", null, timeProvider.GetElapsedTime(started));
            }

            var source = await distributor.CopyAsync(engine, target.Record, image, cancellationToken);
            return source is not null && await ImageDistributor.HasAsync(engine, image, cancellationToken)
                ? new ImagePushOutcome(target.Record.Name, "copied", source, timeProvider.GetElapsedTime(started))
                : new ImagePushOutcome(target.Record.Name, "failed", source, timeProvider.GetElapsedTime(started), $"the image did not arrive on {target.Record.Name}");
        }
        catch (Exception exception) when (EngineFailure.Is(exception))
        {
            return new ImagePushOutcome(target.Record.Name, "failed", null, timeProvider.GetElapsedTime(started), EngineFailure.Describe(exception));
        }
    }
}
