using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace HostPool.Pool.Deploy;

/// <summary>Lists the containers hostpool runs on one engine, read back from their labels.</summary>
internal static class ProjectContainers
{
    public static async Task<IReadOnlyList<ProjectContainer>> ListAsync(IDockerClient engine, string host, string? project, CancellationToken cancellationToken)
    {
        var label = project is null ? ContainerLabels.Project : $"{ContainerLabels.Project}={project}";
        var listed = await engine.Containers.ListContainersAsync(
            new ContainersListParameters
            {
                All = true,
                Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [label] = true } },
            },
            cancellationToken);
        return [.. listed.Select(c => From(c, host)).OrderBy(c => c.Project, StringComparer.Ordinal).ThenBy(c => c.Service, StringComparer.Ordinal).ThenBy(c => c.Replica)];
    }

    /// <summary>The engine's list says "Exited (CODE) ..." for a stopped container.</summary>
    internal static int? ExitCodeOf(string? status)
    {
        if (status is null || !status.StartsWith("Exited (", StringComparison.Ordinal))
        {
            return null;
        }

        var end = status.IndexOf(')', StringComparison.Ordinal);
        return end > 8 && int.TryParse(status[8..end], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) ? code : null;
    }

    private static ProjectContainer From(ContainerListResponse container, string host)
    {
        var labels = container.Labels ?? new Dictionary<string, string>();
        string Label(string key) => labels.TryGetValue(key, out var value) ? value : string.Empty;
        return new ProjectContainer(
            container.ID,
            container.Names?.FirstOrDefault()?.TrimStart('/') ?? container.ID,
            host,
            Label(ContainerLabels.Project),
            Label(ContainerLabels.Service),
            int.TryParse(Label(ContainerLabels.Replica), NumberStyles.None, CultureInfo.InvariantCulture, out var replica) ? replica : 0,
            Label(ContainerLabels.ConfigHash),
            container.State ?? string.Empty,
            container.Image ?? string.Empty,
            [.. (container.Ports ?? []).Where(p => p.PublicPort > 0).Select(p => new ContainerPort(p.IP ?? string.Empty, p.PublicPort ?? 0, p.PrivatePort, p.Type ?? "tcp")).Distinct()])
        {
            ReservedCpus = double.TryParse(Label(ContainerLabels.ReservedCpus), NumberStyles.Float, CultureInfo.InvariantCulture, out var cpus) ? cpus : 0,
            ReservedMemoryBytes = long.TryParse(Label(ContainerLabels.ReservedMemory), NumberStyles.None, CultureInfo.InvariantCulture, out var memory) ? memory : 0,
            DeployId = Label(ContainerLabels.Deploy),
            ExitCode = ExitCodeOf(container.Status),
        };
    }
}
