using HostPool.Pool.Deploy;

namespace HostPool.Pool.Operations;

/// <summary>Picks a project's replicas out of what the hosts run: by service, or one replica by address.</summary>
internal static class ReplicaSelection
{
    /// <exception cref="NotFoundException">A named service has no replica in the project.</exception>
    public static IReadOnlyList<ProjectContainer> OfServices(IEnumerable<ProjectContainer> containers, string project, IReadOnlyList<string> services)
    {
        var mine = containers.Where(c => c.Project == project).ToList();
        var missing = services.Where(s => !mine.Any(c => c.Service == s)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var known = mine.Select(c => c.Service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            throw new NotFoundException(
                $"Project '{project}' has no replica of {string.Join(", ", missing)} (its services: {string.Join(", ", known)}). Run `hostpool ps -p {project}` to see its replicas.");
        }

        return [.. mine
            .Where(c => services.Count == 0 || services.Contains(c.Service, StringComparer.Ordinal))
            .OrderBy(c => c.Service, StringComparer.Ordinal)
            .ThenBy(c => c.Replica)];
    }

    /// <exception cref="NotFoundException">No replica has that address.</exception>
    public static ProjectContainer One(IEnumerable<ProjectContainer> replicas, string project, ReplicaAddress address)
    {
        var list = replicas.ToList();
        return list.FirstOrDefault(c => c.Service == address.Service && c.Replica == address.Replica)
            ?? throw new NotFoundException(
                $"Project '{project}' has no replica {address}" +
                (list.Count == 0 ? "." : $" (replicas: {string.Join(", ", list.Select(c => $"{c.Service}.{c.Replica}@{c.Host}"))}).") +
                " Name one as SERVICE.N.");
    }
}
