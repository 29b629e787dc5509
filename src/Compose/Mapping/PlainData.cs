using System.Collections.Immutable;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>Turns a tree into plain data: sorted read-only dictionaries, lists, and null/bool/long/double/string scalars.</summary>
internal static class PlainData
{
    public static object? From(YNode? node) => node switch
    {
        null => null,
        YScalar scalar => ScalarResolver.Resolve(scalar).Value,
        YSequence sequence => sequence.Items.Select(From).ToImmutableList(),
        YMapping mapping => Map(mapping.Entries.Where(e => !e.Value.IsReset)),
        _ => null,
    };

    public static IReadOnlyDictionary<string, object?> Map(IEnumerable<YEntry> entries)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            builder[entry.Name] = From(entry.Value);
        }

        return builder.ToImmutable();
    }

    /// <summary>The <c>x-*</c> entries of a mapping.</summary>
    public static IReadOnlyDictionary<string, object?> Extensions(YMapping? mapping)
        => mapping is null ? HostPool.Compose.Model.Empty.Data : Map(mapping.Entries.Where(e => e.Name.StartsWith("x-", StringComparison.Ordinal)));
}
