namespace HostPool.Pool.Scheduling;

/// <summary>
/// One placement constraint: swarm syntax (`node.labels.zone == a`, `node.platform.os != windows`) or a
/// classic Swarm expression (`constraint:region==us-*`, `node==/web-\d+/`); `==~` and `!=~` make it soft.
/// A `!=` constraint holds on hosts that lack the attribute.
/// </summary>
internal sealed class ConstraintExpression
{
    private readonly ValueMatcher matcher;

    private ConstraintExpression(string text, HostAttribute attribute, bool equals, ValueMatcher matcher, bool soft)
    {
        Text = text;
        Attribute = attribute;
        Equals = equals;
        this.matcher = matcher;
        Soft = soft;
    }

    public string Text { get; }

    public HostAttribute Attribute { get; }

    public new bool Equals { get; }

    public bool Soft { get; }

    public static ConstraintExpression Parse(string raw, string service)
    {
        var text = raw.Trim();
        var body = text.StartsWith("constraint:", StringComparison.OrdinalIgnoreCase) ? text["constraint:".Length..] : text;
        var equalsAt = body.IndexOf("==", StringComparison.Ordinal);
        var notEqualsAt = body.IndexOf("!=", StringComparison.Ordinal);
        var at = equalsAt < 0 ? notEqualsAt : notEqualsAt < 0 ? equalsAt : Math.Min(equalsAt, notEqualsAt);
        if (at <= 0)
        {
            throw new InvalidInputException(
                $"Service '{service}': constraint '{raw}' has no '==' or '!=' between an attribute and a value; write e.g. 'node.labels.zone == a'.");
        }

        var key = body[..at].Trim();
        var value = body[(at + 2)..].Trim();
        var soft = value.StartsWith('~');
        if (soft)
        {
            value = value[1..].Trim();
        }

        if (key.Length == 0 || value.Length == 0)
        {
            throw new InvalidInputException(
                $"Service '{service}': constraint '{raw}' needs both an attribute and a value, e.g. 'node.labels.zone == a'.");
        }

        var context = $"Service '{service}': constraint '{raw}'";
        return new ConstraintExpression(text, HostAttribute.Parse(key, context), at == equalsAt, ValueMatcher.Parse(value, context), soft);
    }

    public bool Holds(HostSnapshot host) => matcher.Matches(Attribute.Read(host)) == Equals;
}
