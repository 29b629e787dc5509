using System.Collections.Immutable;
using System.Globalization;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>
/// Reads typed values out of validated tree nodes. Interpolated values arrive as strings and are converted here
/// (<c>"555"</c> to 555, <c>"true"</c> to true); a value that cannot be converted is reported with its path.
/// </summary>
internal sealed class NodeReader(Diagnostics diagnostics)
{
    public Diagnostics Diagnostics => diagnostics;

    public string? String(YNode? node, YPath path)
    {
        switch (node)
        {
            case null:
                return null;
            case YScalar scalar:
                var value = ScalarResolver.Resolve(scalar);
                return value.Kind == ScalarKind.Null ? null : scalar.Value;
            default:
                diagnostics.Error(node.Mark, path, "must be a string");
                return null;
        }
    }

    public bool? Bool(YNode? node, YPath path)
    {
        if (Scalar(node, path, "a boolean") is not { } scalar)
        {
            return null;
        }

        var value = ScalarResolver.Resolve(scalar);
        if (value.Kind == ScalarKind.Bool)
        {
            return (bool)value.Value!;
        }

        switch (scalar.Value.Trim())
        {
            case "1" or "t" or "T" or "true" or "True" or "TRUE":
                return true;
            case "0" or "f" or "F" or "false" or "False" or "FALSE":
                return false;
            case "":
                return null;
        }

        diagnostics.Error(scalar.Mark, path, $"must be a boolean (true or false), not \"{scalar.Value}\"");
        return null;
    }

    public long? Long(YNode? node, YPath path)
    {
        if (Scalar(node, path, "an integer") is not { } scalar)
        {
            return null;
        }

        var value = ScalarResolver.Resolve(scalar);
        if (value.Kind == ScalarKind.Int)
        {
            return (long)value.Value!;
        }

        if (value.Kind == ScalarKind.String && long.TryParse(scalar.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        if (value.Kind == ScalarKind.Null || scalar.Value.Length == 0)
        {
            return null;
        }

        diagnostics.Error(scalar.Mark, path, $"must be an integer, not \"{scalar.Value}\"");
        return null;
    }

    public int? Int(YNode? node, YPath path)
    {
        var value = Long(node, path);
        if (value is > int.MaxValue or < int.MinValue)
        {
            diagnostics.Error(node!.Mark, path, $"{value} is out of range");
            return null;
        }

        return (int?)value;
    }

    public double? Double(YNode? node, YPath path)
    {
        if (Scalar(node, path, "a number") is not { } scalar)
        {
            return null;
        }

        var value = ScalarResolver.Resolve(scalar);
        switch (value.Kind)
        {
            case ScalarKind.Int:
                return (long)value.Value!;
            case ScalarKind.Float:
                return (double)value.Value!;
            case ScalarKind.Null:
                return null;
        }

        if (double.TryParse(scalar.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        diagnostics.Error(scalar.Mark, path, $"must be a number, not \"{scalar.Value}\"");
        return null;
    }

    public TimeSpan? Duration(YNode? node, YPath path)
    {
        if (Scalar(node, path, "a duration") is not { } scalar)
        {
            return null;
        }

        var value = ScalarResolver.Resolve(scalar);
        if (value.Kind == ScalarKind.Null)
        {
            return null;
        }

        if (value.Kind == ScalarKind.Int)
        {
            return TimeSpan.FromSeconds((long)value.Value!);
        }

        if (DurationParser.TryParse(scalar.Value, out var duration))
        {
            return duration;
        }

        diagnostics.Error(scalar.Mark, path, $"must be a duration such as 10s, 1m30s or 500ms, not \"{scalar.Value}\"");
        return null;
    }

    public long? Bytes(YNode? node, YPath path)
    {
        if (Scalar(node, path, "a byte size") is not { } scalar)
        {
            return null;
        }

        var value = ScalarResolver.Resolve(scalar);
        switch (value.Kind)
        {
            case ScalarKind.Null:
                return null;
            case ScalarKind.Int:
                return (long)value.Value!;
            case ScalarKind.Float:
                return (long)(double)value.Value!;
        }

        if (ByteSizeParser.TryParse(scalar.Value, out var bytes))
        {
            return bytes;
        }

        diagnostics.Error(scalar.Mark, path, $"must be a byte size such as 512m, 2g or 1024, not \"{scalar.Value}\"");
        return null;
    }

    /// <summary>A file mode: a YAML integer as written (0440 is octal), or a string read as octal.</summary>
    public int? FileMode(YNode? node, YPath path)
    {
        if (Scalar(node, path, "a file mode") is not { } scalar)
        {
            return null;
        }

        var value = ScalarResolver.Resolve(scalar);
        if (value.Kind == ScalarKind.Int)
        {
            return (int)(long)value.Value!;
        }

        if (value.Kind == ScalarKind.Null)
        {
            return null;
        }

        try
        {
            return System.Convert.ToInt32(scalar.Value.Trim(), 8);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            diagnostics.Error(scalar.Mark, path, $"must be an octal file mode such as 0440, not \"{scalar.Value}\"");
            return null;
        }
    }

    /// <summary>The mapping items of a sequence, each with its path; other items and other nodes give nothing.</summary>
    public static IEnumerable<(YMapping Item, YPath Path)> Mappings(YNode? node, YPath path)
    {
        if (node is not YSequence sequence)
        {
            yield break;
        }

        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is YMapping item)
            {
                yield return (item, path.Index(i));
            }
        }
    }

    /// <summary>A string, or a list of strings.</summary>
    public IReadOnlyList<string>? StringOrList(YNode? node, YPath path) => node switch
    {
        null => null,
        YSequence => StringList(node, path),
        _ => String(node, path) is { } single ? [single] : null,
    };

    public IReadOnlyList<string> StringList(YNode? node, YPath path)
    {
        switch (node)
        {
            case null:
                return [];
            case YSequence sequence:
                var list = new List<string>(sequence.Items.Count);
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (String(sequence.Items[i], path.Index(i)) is { } item)
                    {
                        list.Add(item);
                    }
                }

                return list;
            case YScalar scalar when ScalarResolver.Resolve(scalar).Kind == ScalarKind.Null:
                return [];
            default:
                diagnostics.Error(node.Mark, path, "must be a list of strings");
                return [];
        }
    }

    /// <summary>A mapping or a <c>KEY=VALUE</c> list; a bare key or a null value maps to null.</summary>
    public IReadOnlyDictionary<string, string?> KeyValues(YNode? node, YPath path)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in KeyValuePairs(node, path))
        {
            builder[key] = value;
        }

        return builder.ToImmutable();
    }

    /// <summary>Like <see cref="KeyValues"/> but in document order.</summary>
    public IEnumerable<KeyValuePair<string, string?>> KeyValuePairs(YNode? node, YPath path)
    {
        switch (node)
        {
            case YMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (!entry.Value.IsReset)
                    {
                        yield return new(entry.Name, String(entry.Value, path.Key(entry.Name)));
                    }
                }

                break;
            case YSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var text = String(sequence.Items[i], path.Index(i));
                    if (text is null)
                    {
                        continue;
                    }

                    var at = text.IndexOf('=');
                    yield return at < 0 ? new(text, null) : new(text[..at], text[(at + 1)..]);
                }

                break;
        }
    }

    /// <summary>Labels: like <see cref="KeyValues"/> but a missing value is the empty string.</summary>
    public IReadOnlyDictionary<string, string> Labels(YNode? node, YPath path)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in KeyValuePairs(node, path))
        {
            builder[key] = value ?? string.Empty;
        }

        return builder.ToImmutable();
    }

    private YScalar? Scalar(YNode? node, YPath path, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case YScalar scalar:
                return scalar;
            default:
                diagnostics.Error(node.Mark, path, $"must be {what}");
                return null;
        }
    }
}
