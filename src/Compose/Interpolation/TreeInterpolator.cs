using HostPool.Compose.Yaml;

namespace HostPool.Compose.Interpolation;

/// <summary>
/// Interpolates every scalar value of a tree (keys are left as written). A value that changed becomes a
/// string scalar; typed attributes convert it later. Each failure is reported with its file, line and path.
/// </summary>
internal static class TreeInterpolator
{
    public static YNode Interpolate(YNode node, Func<string, string?> lookup, Diagnostics diagnostics)
        => Visit(node, YPath.Root, lookup, diagnostics);

    private static YNode Visit(YNode node, YPath path, Func<string, string?> lookup, Diagnostics diagnostics)
    {
        switch (node)
        {
            case YScalar scalar when scalar.Value.Contains('$'):
                return ExpandScalar(scalar, path, lookup, diagnostics);
            case YMapping mapping:
                List<YEntry>? entries = null;
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var entry = mapping.Entries[i];
                    var value = Visit(entry.Value, path.Key(entry.Name), lookup, diagnostics);
                    if (!ReferenceEquals(value, entry.Value))
                    {
                        entries ??= [.. mapping.Entries];
                        entries[i] = entry with { Value = value };
                    }
                }

                return entries is null ? mapping : new YMapping(entries, mapping.Mark, mapping.Tag);
            case YSequence sequence:
                List<YNode>? items = null;
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var value = Visit(sequence.Items[i], path.Index(i), lookup, diagnostics);
                    if (!ReferenceEquals(value, sequence.Items[i]))
                    {
                        items ??= [.. sequence.Items];
                        items[i] = value;
                    }
                }

                return items is null ? sequence : new YSequence(items, sequence.Mark, sequence.Tag);
            default:
                return node;
        }
    }

    private static YNode ExpandScalar(YScalar scalar, YPath path, Func<string, string?> lookup, Diagnostics diagnostics)
    {
        var unset = new List<string>();
        try
        {
            var value = Interpolator.Expand(scalar.Value, lookup, unset);
            foreach (var name in unset.Distinct())
            {
                diagnostics.Warning(scalar.Mark, path, $"the \"{name}\" variable is not set; it defaults to a blank string (set it in the environment or in .env)");
            }

            return value == scalar.Value && !scalar.IsPlain ? scalar : new YScalar(value, isPlain: false, scalar.Mark, scalar.Tag);
        }
        catch (TemplateException exception)
        {
            diagnostics.Error(scalar.Mark, path, exception.Message);
            return scalar;
        }
    }
}
