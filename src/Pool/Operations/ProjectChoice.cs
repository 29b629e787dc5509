namespace HostPool.Pool.Operations;

/// <summary>
/// Which project a command acts on: the one named with -p, else the only project that runs on the pool.
/// </summary>
internal static class ProjectChoice
{
    /// <exception cref="NotFoundException">The named project (or any project, when none is named) runs nowhere.</exception>
    /// <exception cref="UsageException">No project is named and several run on the pool.</exception>
    public static string Choose(string? named, IEnumerable<string> running, string? pool)
    {
        var projects = running.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var where = pool is null ? "the pool" : $"pool '{pool}'";
        if (named is not null)
        {
            return projects.Contains(named, StringComparer.Ordinal)
                ? named
                : throw new NotFoundException(
                    $"Project '{named}' has no container on {where}" + (projects.Count == 0 ? "." : $" (running: {string.Join(", ", projects)}).") + " Run `hostpool ps` to see what runs, or `hostpool deploy` to start it.");
        }

        return projects.Count switch
        {
            1 => projects[0],
            0 => throw new NotFoundException($"No project runs on {where}. Deploy one with `hostpool deploy`."),
            _ => throw new UsageException($"{projects.Count} projects run on {where} ({string.Join(", ", projects)}): name one with -p PROJECT."),
        };
    }
}
