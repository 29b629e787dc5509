using System.Globalization;
using HostPool.Compose.Model;

namespace HostPool.Cli.Commands.Pool;

/// <summary>Parses <c>SERVICE=N</c> arguments and applies them to a loaded project's replica counts.</summary>
internal static class ReplicaOverrides
{
    public static IReadOnlyDictionary<string, int> Parse(IEnumerable<string> arguments)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var at = argument.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || !int.TryParse(argument[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new UsageException($"'{argument}' is not SERVICE=N (N a whole number, 0 or more); e.g. `hostpool scale web=5`");
            }

            counts[argument[..at]] = count;
        }

        return counts.Count > 0 ? counts : throw new UsageException("name at least one SERVICE=N; e.g. `hostpool scale web=5`");
    }

    public static ComposeProject Apply(ComposeProject project, IReadOnlyDictionary<string, int> counts)
    {
        var services = project.Services.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        foreach (var (name, count) in counts)
        {
            if (!services.TryGetValue(name, out var service))
            {
                throw new UsageException($"project '{project.Name}' has no service '{name}'; its services: {string.Join(", ", services.Keys.Order(StringComparer.Ordinal))}");
            }

            if (service.Deploy?.Mode is DeployMode.Global or DeployMode.GlobalJob)
            {
                throw new UsageException($"service '{name}' runs in global mode (one replica per host) and cannot be scaled; change deploy.mode to replicated");
            }

            services[name] = service with
            {
                Scale = count,
                Deploy = (service.Deploy ?? new DeployConfig(DeployMode.Replicated, null)) with { Replicas = count },
            };
        }

        return project with { Services = services };
    }
}
