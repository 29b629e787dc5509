using System.Collections.Concurrent;
using HostPool.Providers.Hosts;
using Spectre.Console;

namespace HostPool.Cli.Rendering;

/// <summary>
/// Shows each host's (or replica's) current step while a multi-part operation runs: a live table on a terminal,
/// one timestamped line per step where output is a log (CI, pipes), on <paramref name="lines"/> (default: the output).
/// Parts not named up front join the table as they report.
/// </summary>
internal sealed class ProgressView(CliEnvironment environment, TimeProvider time, IReadOnlyList<string> hosts, TextWriter? lines = null, string heading = "HOST")
    : IProgress<HostProgress>
{
    private readonly ConcurrentDictionary<string, string> _steps = new(hosts.Select(h => KeyValuePair.Create(h, "waiting")));
    private readonly long _started = time.GetTimestamp();
    private readonly Lock _lines = new();

    public void Report(HostProgress value)
    {
        _steps[value.Host] = value.Step;
        if (!environment.IsInteractive)
        {
            lock (_lines)
            {
                var line = $"[{time.GetElapsedTime(_started).TotalSeconds,6:0.0}s] {value.Host}: {value.Step}";
                if (lines is null)
                {
                    environment.Out.WriteLine(line);
                }
                else
                {
                    lines.WriteLine(line);
                }
            }
        }
    }

    /// <summary>Runs <paramref name="work"/>, refreshing the live table until it completes.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        if (!environment.IsInteractive)
        {
            return await work();
        }

        var table = new Table().AddColumn(heading).AddColumn("STEP");
        return await environment.Out.Live(table).StartAsync(async context =>
        {
            var task = work();
            while (!task.IsCompleted)
            {
                Render(table);
                context.Refresh();
                await Task.WhenAny(task, Task.Delay(TimeSpan.FromMilliseconds(150), time));
            }

            Render(table);
            context.Refresh();
            return await task;
        });
    }

    private void Render(Table table)
    {
        table.Rows.Clear();
        foreach (var host in hosts.Concat(_steps.Keys.Except(hosts).Order(StringComparer.Ordinal)).ToList())
        {
            table.AddRow(Markup.Escape(host), Markup.Escape(_steps[host]));
        }
    }
}
