using System.Globalization;
using HostPool.Compose.Model;
using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Mapping;

/// <summary>
/// A service's <c>x-hostpool</c> settings:
/// <c>strategy: spread|binpack|random</c>, <c>placement: [[attribute, OPERATOR, value?], ...]</c>,
/// <c>affinity</c> and <c>anti_affinity</c> (a service name or a list of them; <c>~name</c> is a soft rule).
/// </summary>
internal sealed record HostPoolExtension(string? Strategy, IReadOnlyList<PlacementOperator> Operators, IReadOnlyList<ServiceAffinity> Affinities)
{
    public const string Key = "x-hostpool";

    private static readonly string[] KnownKeys = ["strategy", "placement", "affinity", "anti_affinity"];

    public static HostPoolExtension Read(ComposeService service)
    {
        if (!service.Extensions.TryGetValue(Key, out var value) || value is null)
        {
            return new HostPoolExtension(null, [], []);
        }

        if (value is not IReadOnlyDictionary<string, object?> settings)
        {
            throw Problem(service, Key, "must be a mapping with strategy, placement, affinity or anti_affinity");
        }

        var unknown = settings.Keys.Where(k => !KnownKeys.Contains(k, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw Problem(service, $"{Key}.{unknown[0]}", $"is not a hostpool setting; use one of {string.Join(", ", KnownKeys)}");
        }

        return new HostPoolExtension(
            ReadStrategy(service, settings.GetValueOrDefault("strategy")),
            ReadOperators(service, settings.GetValueOrDefault("placement")),
            [.. ReadAffinities(service, settings.GetValueOrDefault("affinity"), anti: false), .. ReadAffinities(service, settings.GetValueOrDefault("anti_affinity"), anti: true)]);
    }

    private static string? ReadStrategy(ComposeService service, object? value) => value switch
    {
        null => null,
        string name when name is "spread" or "binpack" or "random" => name,
        _ => throw Problem(service, $"{Key}.strategy", $"is '{value}'; use spread, binpack or random"),
    };

    private static List<PlacementOperator> ReadOperators(ComposeService service, object? value)
    {
        if (value is null)
        {
            return [];
        }

        if (value is not IReadOnlyList<object?> rules)
        {
            throw Problem(service, $"{Key}.placement", "must be a list of rules such as [node.labels.rack, UNIQUE]");
        }

        var operators = new List<PlacementOperator>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i] is not IReadOnlyList<object?> { Count: 2 or 3 } rule || rule.Any(part => part is null or IReadOnlyList<object?> or IReadOnlyDictionary<string, object?>))
            {
                throw Problem(service, $"{Key}.placement[{i}]", "must be [attribute, OPERATOR] or [attribute, OPERATOR, value], e.g. [node.labels.rack, MAX_PER, 2]");
            }

            operators.Add(new PlacementOperator(Text(rule[0]), Text(rule[1]).ToUpperInvariant(), rule.Count == 3 ? Text(rule[2]) : null));
        }

        return operators;
    }

    private static IEnumerable<ServiceAffinity> ReadAffinities(ComposeService service, object? value, bool anti)
    {
        var key = $"{Key}.{(anti ? "anti_affinity" : "affinity")}";
        IReadOnlyList<object?> names = value switch
        {
            null => [],
            string single => [single],
            IReadOnlyList<object?> list => list,
            _ => throw Problem(service, key, "must be a service name or a list of them (~name for a soft rule)"),
        };
        foreach (var name in names)
        {
            if (name is not string { Length: > 0 } text || text == "~")
            {
                throw Problem(service, key, "must hold service names (~name for a soft rule)");
            }

            var soft = text.StartsWith('~');
            yield return new ServiceAffinity(soft ? text[1..] : text, anti, soft);
        }
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private static InvalidInputException Problem(ComposeService service, string key, string what) =>
        new($"services.{service.Name}.{key} {what}");
}
