using System.Globalization;

namespace HostPool.Pool.Scheduling;

/// <summary>Turns `x-hostpool` Marathon-style operators into filters and GROUP_BY levels.</summary>
internal static class OperatorRules
{
    public static void Compile(
        PoolState pool,
        ServiceDemand service,
        ServiceCounts counts,
        List<IHostFilter> staticFilters,
        List<IHostFilter> dynamicFilters,
        List<AttributeColumn> groupLevels)
    {
        foreach (var rule in service.Operators)
        {
            var text = rule.ToString();
            var context = $"Service '{service.Name}': placement rule {text}";
            var column = pool.Column(HostAttribute.Parse(rule.Attribute, context));
            switch (rule.Operator.Trim().ToUpperInvariant())
            {
                case "UNIQUE":
                    dynamicFilters.Add(new MaxPerValueFilter(column, counts, 1, text));
                    break;
                case "MAX_PER":
                    dynamicFilters.Add(new MaxPerValueFilter(column, counts, PositiveInt(rule.Value, context), text));
                    break;
                case "GROUP_BY":
                    if (rule.Value is not null)
                    {
                        PositiveInt(rule.Value, context);
                    }

                    groupLevels.Add(column);
                    break;
                case "CLUSTER" when rule.Value is null:
                    dynamicFilters.Add(new ClusterFilter(column, counts, text));
                    break;
                case "CLUSTER" or "IS":
                    var wanted = Require(rule.Value, context);
                    staticFilters.Add(new AttributeValueFilter(column, text, value => string.Equals(value, wanted, StringComparison.OrdinalIgnoreCase), false));
                    break;
                case "LIKE":
                    var like = ValueMatcher.FullRegex(Require(rule.Value, context), context);
                    staticFilters.Add(new AttributeValueFilter(column, text, like.Matches, false));
                    break;
                case "UNLIKE":
                    var unlike = ValueMatcher.FullRegex(Require(rule.Value, context), context);
                    staticFilters.Add(new AttributeValueFilter(column, text, value => !unlike.Matches(value), true));
                    break;
                default:
                    throw new InvalidInputException($"{context}: unknown operator '{rule.Operator}'; use UNIQUE, MAX_PER, GROUP_BY, CLUSTER, LIKE, UNLIKE or IS.");
            }
        }
    }

    private static string Require(string? value, string context) =>
        string.IsNullOrEmpty(value) ? throw new InvalidInputException($"{context}: the operator needs a value, e.g. [\"node.labels.zone\", \"IS\", \"a\"].") : value;

    private static int PositiveInt(string? value, string context) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new InvalidInputException($"{context}: '{value}' is not a positive whole number; write e.g. [\"node.labels.rack\", \"MAX_PER\", \"2\"].");
}
