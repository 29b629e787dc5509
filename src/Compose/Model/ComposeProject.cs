namespace HostPool.Compose.Model;

/// <summary>A resolved, normalised compose project: what the scheduler and deployer read.</summary>
public sealed record ComposeProject(
    string Name,
    string WorkingDirectory,
    IReadOnlyDictionary<string, ComposeService> Services,
    IReadOnlyDictionary<string, ComposeNetwork> Networks,
    IReadOnlyDictionary<string, ComposeVolume> Volumes,
    IReadOnlyDictionary<string, ComposeFileObject> Secrets,
    IReadOnlyDictionary<string, ComposeFileObject> Configs,
    IReadOnlyDictionary<string, object?> Extensions)
{
    /// <summary>The profiles that were active when the project loaded.</summary>
    public IReadOnlyList<string> ActiveProfiles { get; init; } = [];

    /// <summary>The compose files the project was read from, in merge order.</summary>
    public IReadOnlyList<string> ComposeFiles { get; init; } = [];
}
