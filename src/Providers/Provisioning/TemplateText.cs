using System.Text;
using System.Text.RegularExpressions;

namespace HostPool.Providers.Provisioning;

/// <summary>
/// The text files under templates/provisioning (shipped inside the assembly) and their rendering:
/// every {{NAME}} is replaced by a value the caller has already quoted for the file's language.
/// </summary>
internal static partial class TemplateText
{
    public static string Load(string name)
    {
        var resource = $"templates/provisioning/{name}";
        using var stream = typeof(TemplateText).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The template '{resource}' is not in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static string Render(string name, IReadOnlyDictionary<string, string> values)
    {
        var template = Load(name);
        var unused = new HashSet<string>(values.Keys, StringComparer.Ordinal);
        var rendered = Placeholder().Replace(template, match =>
        {
            var key = match.Groups[1].Value;
            if (!values.TryGetValue(key, out var value))
            {
                throw new InvalidOperationException($"The template '{name}' needs a value for {{{{{key}}}}}.");
            }

            unused.Remove(key);
            return value;
        });
        if (unused.Count > 0)
        {
            throw new InvalidOperationException($"The template '{name}' has no place for {string.Join(", ", unused)}.");
        }

        return rendered;
    }

    [GeneratedRegex(@"\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();
}
