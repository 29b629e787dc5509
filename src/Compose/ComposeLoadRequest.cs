namespace HostPool.Compose;

/// <summary>
/// What to load. <paramref name="Files"/> are the <c>-f</c> files in order (empty: COMPOSE_FILE, then compose.yaml and
/// friends in the working directory). <paramref name="WorkingDirectory"/> is the project directory (default: the first
/// file's folder). <paramref name="EnvFiles"/> replace <c>.env</c> for interpolation. <paramref name="Environment"/>
/// defaults to the process environment.
/// </summary>
public sealed record ComposeLoadRequest(
    IReadOnlyList<string> Files,
    string? WorkingDirectory = null,
    string? ProjectName = null,
    IReadOnlyList<string>? EnvFiles = null,
    IReadOnlyList<string>? Profiles = null,
    IReadOnlyDictionary<string, string>? Environment = null)
{
    /// <summary>Check references, cycles and exclusive attributes (docker compose always does; off only to inspect broken files).</summary>
    public bool ConsistencyChecks { get; init; } = true;

    /// <summary>When no name is given anywhere, name the project after its folder (docker compose does).</summary>
    public bool ProjectNameFromDirectory { get; init; } = true;
}
