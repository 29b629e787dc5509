using System.Globalization;

namespace HostPool.CloudSim.Ec2;

/// <summary>
/// The form parameters of one EC2 Query request (<c>Action=...&amp;Version=2016-11-15&amp;...</c>), with the
/// list-flattening rules of the ec2 protocol: <c>Name.1</c>, <c>Name.2</c>, ... and nested members joined by dots.
/// </summary>
internal sealed class Ec2Query(IReadOnlyDictionary<string, string> parameters)
{
    public IReadOnlyDictionary<string, string> Parameters => parameters;

    public string Action => Get("Action") ?? "";

    public string? Get(string name) => parameters.TryGetValue(name, out var value) ? value : null;

    public string Required(string name) =>
        Get(name) is { Length: > 0 } value ? value : throw Ec2Errors.MissingParameter(name);

    public int? Int(string name)
    {
        var text = Get(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Ec2Errors.InvalidParameterValue(name, text);
    }

    public bool Bool(string name) => string.Equals(Get(name), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The values of a flattened list: <c>prefix.1</c>, <c>prefix.2</c>, ... in index order.</summary>
    public IReadOnlyList<string> List(string prefix) =>
        [.. Indexes(prefix).Where(i => parameters.ContainsKey($"{prefix}.{i}")).Select(i => parameters[$"{prefix}.{i}"])];

    /// <summary>The members of a flattened list of structures: each item's sub-prefix, e.g. <c>Filter.1</c>, <c>Filter.2</c>.</summary>
    public IReadOnlyList<string> Items(string prefix) => [.. Indexes(prefix).Select(i => $"{prefix}.{i}")];

    /// <summary>The filters of <c>Filter.N.Name</c> / <c>Filter.N.Value.M</c>.</summary>
    public IReadOnlyList<Ec2Filter> Filters() =>
        [.. Items("Filter").Select(item => new Ec2Filter(Get(item + ".Name") ?? throw Ec2Errors.MissingParameter(item + ".Name"), List(item + ".Value")))];

    /// <summary>The tags of <c>TagSpecification.N</c> whose ResourceType is <paramref name="resourceType"/>.</summary>
    public IReadOnlyDictionary<string, string> TagsFor(string resourceType)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in Items("TagSpecification").Where(s => Get(s + ".ResourceType") == resourceType))
        {
            foreach (var tag in Items(spec + ".Tag"))
            {
                tags[Get(tag + ".Key") ?? throw Ec2Errors.MissingParameter(tag + ".Key")] = Get(tag + ".Value") ?? "";
            }
        }

        return tags;
    }

    private IEnumerable<int> Indexes(string prefix)
    {
        var start = prefix + ".";
        return parameters.Keys
            .Where(k => k.StartsWith(start, StringComparison.Ordinal))
            .Select(k => k[start.Length..].Split('.')[0])
            .Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1)
            .Where(i => i > 0)
            .Distinct()
            .Order();
    }
}
