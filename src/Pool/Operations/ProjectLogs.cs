using System.Runtime.CompilerServices;
using System.Threading.Channels;
using HostPool.Pool.Deploy;
using HostPool.Providers.Engine;

namespace HostPool.Pool.Operations;

/// <summary>Reads every replica's log stream at once: merged by time for a history, interleaved as they come when following.</summary>
internal static class ProjectLogs
{
    private const int FollowBuffer = 4096;

    public static async IAsyncEnumerable<LogLine> ReadAsync(
        IEngineClientFactory engines, ReplicaSet replicas, LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!options.Follow)
        {
            var histories = await Task.WhenAll(replicas.Replicas.Select(r => HistoryAsync(engines, replicas, r, options, cancellationToken)));
            foreach (var line in LogMerge.ByTime(histories))
            {
                yield return line;
            }

            yield break;
        }

        // Stops the readers also when the caller leaves the loop early without cancelling.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<LogLine>(new BoundedChannelOptions(FollowBuffer) { SingleReader = true });
        var readers = FollowAllAsync(engines, replicas, options, channel.Writer, stop.Token);
        try
        {
            await foreach (var line in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return line;
            }

            await readers;
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    private static async Task<IReadOnlyList<LogLine>> HistoryAsync(
        IEngineClientFactory engines, ReplicaSet replicas, ProjectContainer replica, LogOptions options, CancellationToken cancellationToken)
    {
        var lines = new List<LogLine>();
        await ReadOneAsync(engines, replicas, replica, options, line =>
        {
            lines.Add(line);
            return ValueTask.CompletedTask;
        }, cancellationToken);
        return lines;
    }

    private static async Task FollowAllAsync(
        IEngineClientFactory engines, ReplicaSet replicas, LogOptions options, ChannelWriter<LogLine> writer, CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(replicas.Replicas.Select(r => ReadOneAsync(engines, replicas, r, options, line => writer.WriteAsync(line, cancellationToken), cancellationToken)));
            writer.TryComplete();
        }
        catch (Exception exception)
        {
            writer.TryComplete(exception);
        }
    }

    private static async Task ReadOneAsync(
        IEngineClientFactory engines, ReplicaSet replicas, ProjectContainer replica, LogOptions options, Func<LogLine, ValueTask> onLine, CancellationToken cancellationToken)
    {
        var source = new LogSource(replica.Service, replica.Replica, replica.Host);
        using var engine = engines.Create(replicas.HostOf(replica).Record);
        try
        {
            await ReplicaLogReader.ReadAsync(engine, replica.Id, source, options, onLine, cancellationToken);
        }
        catch (Exception exception) when (EngineFailure.Is(exception) && !cancellationToken.IsCancellationRequested)
        {
            throw EngineFailure.About($"reading the logs of {source.Prefix}", replica.Host, exception);
        }
    }
}
