using System.Text;

namespace HostPool.Compose.Yaml;

/// <summary>An attribute path such as <c>services.web.ports.0</c>: mapping keys and sequence indexes.</summary>
internal sealed class YPath
{
    private readonly YPath? parent;
    private readonly string? key;
    private readonly int index;

    private YPath(YPath? parent, string? key, int index)
    {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    public static YPath Root { get; } = new(null, null, -1);

    public bool IsRoot => parent is null;

    public YPath Key(string name) => new(this, name, -1);

    public YPath Index(int position) => new(this, null, position);

    /// <summary>Dotted form with indexes as segments: <c>services.tmpfs.volumes.0</c>.</summary>
    public override string ToString() => Build(bracketIndexes: false);

    /// <summary>Dotted form with bracketed indexes: <c>networks.default.ipam.config[0]</c>.</summary>
    public string ToBracketString() => Build(bracketIndexes: true);

    public IReadOnlyList<object> Segments()
    {
        var list = new List<object>();
        for (var p = this; p.parent is not null; p = p.parent)
        {
            list.Add(p.key is null ? p.index : p.key);
        }

        list.Reverse();
        return list;
    }

    private string Build(bool bracketIndexes)
    {
        var builder = new StringBuilder();
        foreach (var segment in Segments())
        {
            if (segment is int i && bracketIndexes)
            {
                builder.Append('[').Append(i).Append(']');
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(segment);
        }

        return builder.ToString();
    }
}
