using HostPool.Compose.Yaml;
using NJsonSchema;
using NJsonSchema.Validation;

namespace HostPool.Compose.Schema;

/// <summary>
/// Validates a compose tree against the Compose Specification schema and reports each violation with the
/// file, line, column and attribute path of the offending node, worded as docker compose words it.
/// </summary>
internal static class SchemaValidator
{
    public static bool Validate(YNode root, Diagnostics diagnostics)
    {
        var tree = JsonTree.From(root);
        var errors = ComposeSchema.Instance.Validate(tree.Root);
        foreach (var error in errors)
        {
            foreach (var (token, message, property) in SchemaErrorWording.Describe(error))
            {
                var origin = tree.OriginOf(token);
                var path = origin?.Path ?? YPath.Root;
                var mark = origin?.Node.Mark ?? root.Mark;
                var text = path.ToString();
                if (property is not null && text.EndsWith("." + property, StringComparison.Ordinal))
                {
                    text = text[..^(property.Length + 1)];
                }

                var subject = text.Length == 0 ? "the top-level object" : text;
                diagnostics.ErrorVerbatim(mark, text, $"{subject} {message}");
            }
        }

        return errors.Count == 0;
    }

    /// <summary>True when the raw tree passes the schema, without reporting anything.</summary>
    public static bool IsValid(YNode root) => ComposeSchema.Instance.Validate(JsonTree.From(root).Root).Count == 0;
}
