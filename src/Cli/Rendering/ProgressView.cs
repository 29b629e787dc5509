using System.Collections.Concurrent;
using HostPool.Providers.Hosts;
using Spectre.Console;

namespace HostPool.Cli.Rendering;

/// <summary>
/// Shows each host's current step while a multi-host operation runs: a live table on a terminal,
/// one timestamped line per step where output is a log (CI, pipes).
/// </summary>
internal sealed class ProgressView(CliEnvironment environment, TimeProvider time, IReadOnlyList<string> hosts) : IProgress<HostProgress>
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
                environment.Out.WriteLine($"[{time.GetElapsedTime(_started).TotalSeconds,6:0.0}s] {value.Host}: {value.Step}");
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

        var table = new Table().AddColumn("HOST").AddColumn("STEP");
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
        foreach (var host in hosts)
        {
            table.AddRow(Markup.Escape(host), Markup.Escape(_steps[host]));
        }
    }
}
