namespace HostPool.Pool.Scheduling;

/// <summary>A static rule on one host attribute's value: LIKE, UNLIKE, IS, or CLUSTER with a value.</summary>
internal sealed class AttributeValueFilter : IHostFilter
{
    private readonly AttributeColumn column;
    private readonly bool[] acceptedValues;
    private readonly bool acceptMissing;
    private readonly string rule;

    public AttributeValueFilter(AttributeColumn column, string rule, Func<string, bool> accepts, bool acceptMissing)
    {
        this.column = column;
        this.rule = rule;
        this.acceptMissing = acceptMissing;
        acceptedValues = column.Values.Select(accepts).ToArray();
    }

    public string Name => "operator";

    public string Key => "op:" + rule;

    public bool Accepts(int host)
    {
        var id = column.ValueIds[host];
        return id < 0 ? acceptMissing : acceptedValues[id];
    }

    public string Explain(int host)
    {
        var value = column.ValueOf(host);
        var shown = value is null ? "not set" : $"'{value}'";
        return $"{column.Attribute.Name} is {shown}: rule {rule} does not hold";
    }
}
