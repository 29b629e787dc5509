using HostPool.Compose.Model;

namespace HostPool.Compose;

/// <summary>A loaded project and the warnings found on the way (unset variables, attributes a pool ignores).</summary>
public sealed record ComposeLoadResult(ComposeProject Project, IReadOnlyList<ComposeDiagnostic> Warnings);
