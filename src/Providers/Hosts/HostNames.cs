using System.Text.RegularExpressions;

namespace HostPool.Providers.Hosts;

/// <summary>Rules for host names (they become hostnames, certificate names and resource tags).</summary>
public static partial class HostNames
{
    public const int MaxLength = 63;

    public static void Validate(string name)
    {
        if (name.Length > MaxLength || !ValidName().IsMatch(name))
        {
            throw new UsageException(
                $"'{name}' is not a valid host name: use 1 to {MaxLength} letters, digits and dashes, " +
                "starting and ending with a letter or digit (for example web-1).");
        }
    }

    /// <summary>NAME-1 .. NAME-count for `create --count`, or just NAME when count is 1.</summary>
    public static IReadOnlyList<string> Expand(string name, int count)
    {
        if (count < 1)
        {
            throw new UsageException($"--count must be at least 1 (got {count}).");
        }

        var names = count == 1 ? [name] : Enumerable.Range(1, count).Select(i => $"{name}-{i}").ToList();
        foreach (var each in names)
        {
            Validate(each);
        }

        return names;
    }

    [GeneratedRegex("^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$")]
    private static partial Regex ValidName();
}
