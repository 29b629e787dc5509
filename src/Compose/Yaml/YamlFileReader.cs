using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HostPool.Compose.Yaml;

/// <summary>
/// Reads YAML text into <see cref="YNode"/> trees with YamlDotNet: anchors and aliases are resolved, <c>&lt;&lt;</c>
/// merge keys are applied (explicit keys win, earlier sources win over later ones), and tags are kept.
/// </summary>
internal static class YamlFileReader
{
    /// <summary>The documents of the file; empty when the file holds no document. Syntax errors go to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<YNode> Read(string text, string file, Diagnostics diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            var mark = new SourceMark(file, (int)exception.Start.Line, (int)exception.Start.Column);
            var message = exception.InnerException?.Message ?? exception.Message;
            diagnostics.Error(mark, string.Empty, $"the file is not valid YAML: {TrimMark(message)}");
            return [];
        }

        var converter = new Converter(file);
        return stream.Documents.Select(d => converter.Convert(d.RootNode)).ToList();
    }

    private static string TrimMark(string message)
    {
        var close = message.StartsWith('(') ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        return close > 0 ? message[(close + 3)..] : message;
    }

    private sealed class Converter(string file)
    {
        private readonly Dictionary<YamlNode, YNode> converted = new(ReferenceEqualityComparer.Instance);

        public YNode Convert(YamlNode node)
        {
            if (converted.TryGetValue(node, out var done))
            {
                return done;
            }

            var mark = new SourceMark(file, (int)node.Start.Line, (int)node.Start.Column);
            var tag = node.Tag.IsEmpty || node.Tag.IsNonSpecific ? null : node.Tag.Value;
            YNode result = node switch
            {
                YamlScalarNode scalar => new YScalar(scalar.Value ?? string.Empty, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, mark, tag),
                YamlSequenceNode sequence => new YSequence(sequence.Children.Select(Convert).ToList(), mark, tag),
                YamlMappingNode mapping => ConvertMapping(mapping, mark, tag),
                _ => YScalar.Null(mark),
            };
            converted[node] = result;
            return result;
        }

        private YMapping ConvertMapping(YamlMappingNode mapping, SourceMark mark, string? tag)
        {
            var explicitEntries = new List<YEntry>();
            var merged = new List<YEntry>();
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                var key = Convert(keyNode) as YScalar
                    ?? new YScalar("<complex key>", true, new SourceMark(file, (int)keyNode.Start.Line, (int)keyNode.Start.Column));
                if (key.IsPlain && key.Value == "<<")
                {
                    CollectMergeSources(Convert(valueNode), merged);
                    continue;
                }

                explicitEntries.Add(new YEntry(key, Convert(valueNode)));
            }

            if (merged.Count == 0)
            {
                return new YMapping(explicitEntries, mark, tag);
            }

            var names = new HashSet<string>(explicitEntries.Select(e => e.Name), StringComparer.Ordinal);
            var all = new List<YEntry>(merged.Count + explicitEntries.Count);
            foreach (var entry in merged)
            {
                if (names.Add(entry.Name))
                {
                    all.Add(entry);
                }
            }

            all.AddRange(explicitEntries);
            return new YMapping(all, mark, tag);
        }

        private static void CollectMergeSources(YNode value, List<YEntry> merged)
        {
            switch (value)
            {
                case YMapping source:
                    merged.AddRange(source.Entries);
                    break;
                case YSequence sources:
                    foreach (var item in sources.Items.OfType<YMapping>())
                    {
                        merged.AddRange(item.Entries);
                    }

                    break;
            }
        }
    }
}
