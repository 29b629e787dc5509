using System.Collections.Immutable;
using HostPool.Compose.Interpolation;
using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>
/// Resolves a service's container environment: each <c>env_file</c> in order (later files win), then
/// <c>environment</c> (which wins over files). A key written without a value takes it from the project
/// environment and stays unset (null) when that has none.
/// </summary>
internal static class EnvironmentMapper
{
    public static IReadOnlyList<EnvFileReference> EnvFiles(YNode? node, YPath path, MappingContext context)
    {
        var reader = context.Reader;
        var items = node switch
        {
            null => [],
            YSequence sequence => sequence.Items.Select((item, i) => (item, path.Index(i))).ToList(),
            _ => [(node, path)],
        };
        var files = new List<EnvFileReference>();
        foreach (var (item, itemPath) in items)
        {
            if (item is YMapping m)
            {
                if (reader.String(m["path"], itemPath.Key("path")) is { } p)
                {
                    files.Add(new EnvFileReference(
                        context.Paths.Resolve(p),
                        reader.Bool(m["required"], itemPath.Key("required")) ?? true,
                        reader.String(m["format"], itemPath.Key("format"))));
                }
            }
            else if (reader.String(item, itemPath) is { } p)
            {
                files.Add(new EnvFileReference(context.Paths.Resolve(p), true, null));
            }
        }

        return files;
    }

    public static IReadOnlyDictionary<string, string?> Resolve(
        IReadOnlyList<EnvFileReference> files, YNode? environment, YPath servicePath, SourceMark mark, MappingContext context)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var text = context.FileContents.GetValueOrDefault(file.Path);
            if (text is null)
            {
                if (file.Required)
                {
                    context.Reader.Diagnostics.Error(mark, servicePath.Key("env_file").Index(i), $"env file {file.Path} not found; create it or mark the entry required: false");
                }

                continue;
            }

            foreach (var (key, value) in DotEnvParser.Parse(text, context.Lookup, raw: file.Format == "raw"))
            {
                builder[key] = value;
            }
        }

        foreach (var (key, value) in context.Reader.KeyValuePairs(environment, servicePath.Key("environment")))
        {
            builder[key] = value ?? context.Lookup(key);
        }

        return builder.ToImmutable();
    }
}
