using HostPool.Providers.Model;

namespace HostPool.Pool.Deploy;

/// <summary>What one host must do: remove these containers, then create these replicas.</summary>
internal sealed record HostChanges(HostRecord Host, IReadOnlyList<ProjectContainer> Remove, IReadOnlyList<ReplicaSpec> Create);
