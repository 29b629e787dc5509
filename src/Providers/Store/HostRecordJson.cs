using System.Text.Json;
using System.Text.Json.Serialization;
using HostPool.Providers.Model;

namespace HostPool.Providers.Store;

/// <summary>The one JSON shape of a host record, used by every store and by `inspect`.</summary>
public static class HostRecordJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(HostRecord host, bool indented = false) =>
        JsonSerializer.Serialize(host, indented ? IndentedOptions : Options);

    public static HostRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<HostRecord>(json, Options)
        ?? throw new HostPoolException("A host record in the store is empty. Remove it with 'hostpool rm -f NAME'.");

    private static readonly JsonSerializerOptions IndentedOptions = new(CreateOptions()) { WriteIndented = true };

    private static JsonSerializerOptions CreateOptions() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
