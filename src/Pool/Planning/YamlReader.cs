using System.Globalization;
using HostPool.Pool.Scheduling;
using YamlDotNet.RepresentationModel;

namespace HostPool.Pool.Planning;

/// <summary>Typed reads from a YAML node with errors that name the file, the line and the fix.</summary>
internal sealed class YamlReader(string fileName)
{
    public InvalidInputException Error(YamlNode node, string message) =>
        new($"{fileName}:{node.Start.Line}: {message}");

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping of keys to values.");

    public YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"{what} must be a list.");

    public string Scalar(YamlNode node, string what) =>
        (node as YamlScalarNode)?.Value ?? throw Error(node, $"{what} must be a single value.");

    public double Number(YamlNode node, string what) =>
        double.TryParse(Scalar(node, what), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0 && double.IsFinite(number)
            ? number
            : throw Error(node, $"{what} must be a number of zero or more, e.g. 4 or 0.5.");

    public long Memory(YamlNode node, string what) =>
        MemoryText.TryParse(Scalar(node, what), out var bytes)
            ? bytes
            : throw Error(node, $"{what} must be a size such as 512m, 8g, 16GiB or a number of bytes.");

    public IReadOnlyDictionary<string, string> Labels(YamlNode node, string what)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Mapping(node, what).Children)
        {
            labels[Scalar(key, what + " key")] = Scalar(value, $"{what}.{Scalar(key, "key")}");
        }

        return labels;
    }
}
