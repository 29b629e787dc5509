namespace HostPool.Pool.Scheduling;

/// <summary>UNIQUE (limit 1) and MAX_PER n: at most n replicas of the service per value of the attribute.</summary>
internal sealed class MaxPerValueFilter : IHostFilter
{
    private readonly AttributeColumn column;
    private readonly int[] perValue;
    private readonly int limit;
    private readonly string rule;

    public MaxPerValueFilter(AttributeColumn column, ServiceCounts serviceCounts, int limit, string rule)
    {
        this.column = column;
        this.limit = limit;
        this.rule = rule;
        perValue = new int[column.Values.Count];
        foreach (var host in serviceCounts.Hosts())
        {
            if (column.ValueIds[host] >= 0)
            {
                perValue[column.ValueIds[host]] += serviceCounts[host];
            }
        }
    }

    public string Name => "operator";

    public string Key => "op:" + rule;

    public bool Accepts(int host)
    {
        var id = column.ValueIds[host];
        return id >= 0 && perValue[id] < limit;
    }

    public string Explain(int host)
    {
        var id = column.ValueIds[host];
        return id < 0
            ? $"{column.Attribute.Name} is not set on the host, which rule {rule} needs"
            : $"{column.Attribute.Name} '{column.Values[id]}' already holds {perValue[id]} replica(s): rule {rule}";
    }

    public void Placed(int host)
    {
        var id = column.ValueIds[host];
        if (id >= 0)
        {
            perValue[id]++;
        }
    }
}
