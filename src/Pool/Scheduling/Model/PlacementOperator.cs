namespace HostPool.Pool.Scheduling;

/// <summary>
/// A Marathon-style placement rule from `x-hostpool.placement`, e.g. ["node.labels.rack", "MAX_PER", "2"].
/// <see cref="Attribute"/> is any host attribute: hostname, id, os, arch, node.labels.KEY,
/// engine.labels.KEY, or a bare KEY (looked up in node labels, then engine labels).
/// Operators: UNIQUE, MAX_PER n, GROUP_BY [n], CLUSTER [value], LIKE regex, UNLIKE regex, IS value.
/// </summary>
public sealed record PlacementOperator(string Attribute, string Operator, string? Value = null)
{
    public override string ToString() => Value is null ? $"{Attribute}:{Operator}" : $"{Attribute}:{Operator}:{Value}";
}
