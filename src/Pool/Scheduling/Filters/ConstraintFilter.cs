namespace HostPool.Pool.Scheduling;

/// <summary>A swarm or classic Swarm placement constraint, evaluated once per pool into a host mask.</summary>
internal sealed class ConstraintFilter(PoolState pool, ConstraintExpression constraint) : IHostFilter
{
    private readonly bool[] mask = pool.Mask(constraint);

    public string Name => "constraint";

    public string Key => "c:" + constraint.Text;

    public bool Accepts(int host) => mask[host];

    public string Explain(int host)
    {
        var value = constraint.Attribute.Read(pool.Hosts[host]);
        var shown = value is null ? "not set" : $"'{value}'";
        return $"{constraint.Attribute.Name} is {shown}: constraint '{constraint.Text}' does not hold";
    }
}
