namespace HostPool.Pool.Deploy;

/// <summary>What one service's rollout did: an outcome per replica touched, and the containers (host, id) that now run it.</summary>
internal sealed record ServiceResult(IReadOnlyList<ReplicaOutcome> Outcomes, IReadOnlyList<(string Host, string Id)> Started);
