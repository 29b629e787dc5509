using Docker.DotNet;
using Docker.DotNet.Models;

namespace HostPool.Pool.Operations;

/// <summary>
/// Reads one container's log stream. The engine multiplexes stdout and stderr into framed chunks when the
/// container has no TTY (raw bytes when it has one); Docker.DotNet's <see cref="MultiplexedStream"/> tells
/// the two apart, and <see cref="LogLineAssembler"/> rebuilds lines that frames split.
/// </summary>
internal static class ReplicaLogReader
{
    private const int BufferSize = 16 * 1024;

    public static async Task ReadAsync(
        IDockerClient engine, string containerId, LogSource source, LogOptions options, Func<LogLine, ValueTask> onLine, CancellationToken cancellationToken)
    {
        var parameters = new ContainerLogsParameters
        {
            ShowStdout = true,
            ShowStderr = true,
            Follow = options.Follow,
            Timestamps = true,
            Tail = options.Tail is { } tail ? tail.ToString(System.Globalization.CultureInfo.InvariantCulture) : "all",
        };
        using var stream = await engine.Containers.GetContainerLogsAsync(containerId, parameters, cancellationToken);
        var assembler = new LogLineAssembler(source, timestamped: true);
        var buffer = new byte[BufferSize];
        while (true)
        {
            var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken);
            if (read.EOF)
            {
                break;
            }

            foreach (var line in assembler.Add(buffer.AsSpan(0, read.Count), read.Target == MultiplexedStream.TargetStream.StandardError))
            {
                await onLine(line);
            }
        }

        foreach (var line in assembler.Flush())
        {
            await onLine(line);
        }
    }
}
