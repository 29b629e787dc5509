namespace HostPool.Cli.Commands.Hosts;

/// <summary>
/// Runs one operation on several hosts in parallel (bounded), lets every host finish, and then reports
/// all failures together as one error for the CLI's boundary.
/// </summary>
internal static class EachHost
{
    public const int DefaultParallelism = 10;

    public static async Task<IReadOnlyList<T>> RunAsync<T>(
        IReadOnlyList<string> names, int parallelism, Func<string, CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        var duplicates = names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new UsageException($"Host names given more than once: {string.Join(", ", duplicates)}.");
        }

        var results = new T[names.Count];
        var failures = new List<(int Index, string Host, HostPoolException Error)>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, names.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            async (index, token) =>
            {
                try
                {
                    results[index] = await operation(names[index], token);
                }
                catch (HostPoolException error)
                {
                    lock (failures)
                    {
                        failures.Add((index, names[index], error));
                    }
                }
            });

        if (failures.Count == 1 && names.Count == 1)
        {
            throw failures[0].Error;
        }

        if (failures.Count > 0)
        {
            throw new MultiHostException(failures.OrderBy(f => f.Index).Select(f => (f.Host, f.Error)).ToList(), names.Count);
        }

        return results;
    }
}
