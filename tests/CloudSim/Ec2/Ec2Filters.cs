using System.Text.RegularExpressions;

namespace HostPool.CloudSim.Ec2;

/// <summary>
/// EC2 describe filters: all filters must match, a filter matches when any of its values matches any of the
/// resource's values; values may use the wildcards * and ?. <c>tag:KEY</c> and <c>tag-key</c> work on every resource.
/// </summary>
internal static class Ec2Filters
{
    public static IEnumerable<T> Apply<T>(IEnumerable<T> resources, IReadOnlyList<Ec2Filter> filters)
        where T : IFilterable
    {
        foreach (var filter in filters.Where(f => !f.Name.StartsWith("tag:", StringComparison.Ordinal) && f.Name is not ("tag-key" or "tag-value")))
        {
            if (!T.KnowsFilter(filter.Name))
            {
                throw Ec2Errors.InvalidFilter(filter.Name);
            }
        }

        return resources.Where(resource => filters.All(filter => Matches(resource, filter)));
    }

    public static bool Matches(IFilterable resource, Ec2Filter filter)
    {
        var values = Values(resource, filter.Name) ?? throw Ec2Errors.InvalidFilter(filter.Name);
        return filter.Values.Any(pattern => values.Any(value => Like(value, pattern)));
    }

    private static IReadOnlyList<string>? Values(IFilterable resource, string name)
    {
        if (name.StartsWith("tag:", StringComparison.Ordinal))
        {
            return resource.Tags.TryGetValue(name[4..], out var value) ? [value] : [];
        }

        if (name == "tag-key")
        {
            return [.. resource.Tags.Keys];
        }

        if (name == "tag-value")
        {
            return [.. resource.Tags.Values];
        }

        return resource.FilterValues(name);
    }

    private static bool Like(string value, string pattern) =>
        pattern.Contains('*') || pattern.Contains('?')
            ? Regex.IsMatch(value, "^" + Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$", RegexOptions.Singleline)
            : string.Equals(value, pattern, StringComparison.Ordinal);
}
