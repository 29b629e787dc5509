using System.Text.RegularExpressions;
using HostPool.Providers.Hosts;

namespace HostPool.Cli.Commands.Hosts;

/// <summary>`ls --filter KEY=VALUE`: name (glob), driver, state, pool, label (k=v). Filters of one key OR, keys AND.</summary>
internal sealed class HostFilter
{
    private static readonly string[] Keys = ["name", "driver", "state", "pool", "label"];
    private readonly ILookup<string, string> _filters;

    private HostFilter(ILookup<string, string> filters) => _filters = filters;

    public static HostFilter Parse(IEnumerable<string> expressions)
    {
        var pairs = new List<(string Key, string Value)>();
        foreach (var expression in expressions)
        {
            var equals = expression.IndexOf('=');
            var key = equals > 0 ? expression[..equals].ToLowerInvariant() : string.Empty;
            if (!Keys.Contains(key))
            {
                throw new UsageException($"--filter takes KEY=VALUE with KEY one of {string.Join(", ", Keys)} (got '{expression}').");
            }

            pairs.Add((key, expression[(equals + 1)..]));
        }

        return new HostFilter(pairs.ToLookup(p => p.Key, p => p.Value));
    }

    public bool Matches(HostLiveStatus status)
    {
        var host = status.Host;
        return Any("name", value => Glob(value).IsMatch(host.Name))
            && Any("driver", value => string.Equals(value, host.Driver, StringComparison.OrdinalIgnoreCase))
            && Any("state", value => string.Equals(value, HostStateText.Of(status), StringComparison.OrdinalIgnoreCase))
            && Any("pool", value => string.Equals(value, host.Pool, StringComparison.Ordinal))
            && Any("label", value => HasLabel(host.Labels, host.Engine.Labels, value));
    }

    private bool Any(string key, Func<string, bool> predicate) => !_filters.Contains(key) || _filters[key].Any(predicate);

    private static bool HasLabel(IReadOnlyDictionary<string, string> poolLabels, IReadOnlyList<string> engineLabels, string wanted)
    {
        var equals = wanted.IndexOf('=');
        var key = equals < 0 ? wanted : wanted[..equals];
        var value = equals < 0 ? null : wanted[(equals + 1)..];
        if (poolLabels.TryGetValue(key, out var poolValue) && (value is null || value == poolValue))
        {
            return true;
        }

        return engineLabels.Any(label => value is null ? label.Split('=')[0] == key : label == wanted);
    }

    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.CultureInvariant);
}
