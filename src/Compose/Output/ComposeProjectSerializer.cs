using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using HostPool.Compose.Model;
using HostPool.Compose.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HostPool.Compose.Output;

/// <summary>Writes a normalised project as YAML or JSON in canonical form: sorted keys, long syntax, stable output.</summary>
public static class ComposeProjectSerializer
{
    public static string Serialize(ComposeProject project, ComposeOutputFormat format)
        => format == ComposeOutputFormat.Json ? ToJson(project) : ToYaml(project);

    public static string ToYaml(ComposeProject project)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(writer, new EmitterSettings().WithBestIndent(2).WithBestWidth(int.MaxValue));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        EmitYaml(emitter, ProjectTree.Build(project));
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    public static string ToJson(ComposeProject project)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteJson(writer, ProjectTree.Build(project));
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void EmitYaml(IEmitter emitter, object? value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
                foreach (var (key, item) in map)
                {
                    EmitString(emitter, key);
                    EmitYaml(emitter, SchemaForm(key, item));
                }

                emitter.Emit(new MappingEnd());
                break;
            case string text:
                EmitString(emitter, text);
                break;
            case IEnumerable list:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
                foreach (var item in list)
                {
                    EmitYaml(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                emitter.Emit(new Scalar(null, null, Plain(value), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
        }
    }

    /// <summary>The schema types <c>deploy.resources.*.memory</c> as a string only, so bytes are printed as a quoted number.</summary>
    private static object? SchemaForm(string key, object? value)
        => key == "memory" && value is long bytes ? bytes.ToString(CultureInfo.InvariantCulture) : value;

    private static void EmitString(IEmitter emitter, string text)
    {
        var ambiguous = text.Length == 0 || ScalarResolver.ResolvePlain(text).Kind != ScalarKind.String || text.Contains('\n') || text.Trim() != text;
        var style = ambiguous ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
        emitter.Emit(new Scalar(null, null, text, style, isPlainImplicit: true, isQuotedImplicit: true));
    }

    private static string Plain(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteJson(writer, SchemaForm(key, item));
                }

                writer.WriteEndObject();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
