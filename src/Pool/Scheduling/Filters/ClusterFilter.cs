namespace HostPool.Pool.Scheduling;

/// <summary>CLUSTER without a value: every replica on hosts that share the value of the first one placed.</summary>
internal sealed class ClusterFilter : IHostFilter
{
    private readonly AttributeColumn column;
    private readonly string rule;
    private int chosen = -1;

    public ClusterFilter(AttributeColumn column, ServiceCounts serviceCounts, string rule)
    {
        this.column = column;
        this.rule = rule;
        foreach (var host in serviceCounts.Hosts().Take(1))
        {
            chosen = column.ValueIds[host];
        }
    }

    public string Name => "operator";

    public string Key => "op:" + rule;

    public bool Accepts(int host) => column.ValueIds[host] >= 0 && (chosen < 0 || column.ValueIds[host] == chosen);

    public string Explain(int host) => column.ValueIds[host] < 0
        ? $"{column.Attribute.Name} is not set on the host, which rule {rule} needs"
        : $"{column.Attribute.Name} is '{column.ValueOf(host)}' but the service clusters on '{column.Values[chosen]}': rule {rule}";

    public void Placed(int host)
    {
        if (chosen < 0)
        {
            chosen = column.ValueIds[host];
        }
    }
}
