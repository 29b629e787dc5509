namespace HostPool.Compose.Yaml;

/// <summary>
/// Checks what must hold before the schema can say anything useful: the document is a mapping and every mapping key
/// is a string (an unquoted <c>123:</c> or <c>true:</c> is not).
/// </summary>
internal static class StructureChecker
{
    public static bool Check(YNode root, Diagnostics diagnostics)
    {
        if (root is not YMapping mapping)
        {
            diagnostics.ErrorVerbatim(root.Mark, string.Empty, "top-level object must be a mapping (a compose file starts with keys such as services:)");
            return false;
        }

        var before = diagnostics.Errors.Count;
        CheckKeys(mapping, YPath.Root, diagnostics);
        return diagnostics.Errors.Count == before;
    }

    private static void CheckKeys(YNode node, YPath path, Diagnostics diagnostics)
    {
        switch (node)
        {
            case YMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (ScalarResolver.Resolve(entry.Key).Kind != ScalarKind.String)
                    {
                        var where = path.IsRoot ? "at top level" : "in " + path.ToBracketString();
                        diagnostics.ErrorVerbatim(entry.Key.Mark, path.ToString(), $"non-string key {where}: {entry.Key.Value} (quote the key to use it as text)");
                        continue;
                    }

                    CheckKeys(entry.Value, path.Key(entry.Name), diagnostics);
                }

                break;
            case YSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    CheckKeys(sequence.Items[i], path.Index(i), diagnostics);
                }

                break;
        }
    }
}
