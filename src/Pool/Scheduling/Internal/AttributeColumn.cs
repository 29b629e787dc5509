namespace HostPool.Pool.Scheduling;

/// <summary>One attribute read off every host once, its values interned: host index -> value id (-1 when missing).</summary>
internal sealed class AttributeColumn
{
    public AttributeColumn(HostAttribute attribute, IReadOnlyList<HostSnapshot> hosts)
    {
        Attribute = attribute;
        ValueIds = new int[hosts.Count];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        for (var host = 0; host < hosts.Count; host++)
        {
            var value = attribute.Read(hosts[host]);
            if (value is null)
            {
                ValueIds[host] = -1;
                continue;
            }

            if (!ids.TryGetValue(value, out var id))
            {
                id = values.Count;
                ids.Add(value, id);
                values.Add(value);
            }

            ValueIds[host] = id;
        }

        Values = values;
    }

    public HostAttribute Attribute { get; }

    public int[] ValueIds { get; }

    public IReadOnlyList<string> Values { get; }

    public string? ValueOf(int host) => ValueIds[host] < 0 ? null : Values[ValueIds[host]];
}
