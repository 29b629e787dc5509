namespace HostPool.Pool.Membership;

/// <summary>Engine labels come as KEY=VALUE strings; a key without '=' has an empty value.</summary>
internal static class EngineLabelText
{
    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string>? labels)
    {
        var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in labels ?? [])
        {
            var equals = label.IndexOf('=');
            parsed[equals < 0 ? label : label[..equals]] = equals < 0 ? string.Empty : label[(equals + 1)..];
        }

        return parsed;
    }
}
