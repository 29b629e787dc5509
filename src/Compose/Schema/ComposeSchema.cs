using NJsonSchema;

namespace HostPool.Compose.Schema;

/// <summary>The Compose Specification JSON schema (draft-07), embedded in this assembly and loaded once.</summary>
internal static class ComposeSchema
{
    private static readonly Lazy<JsonSchema> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static JsonSchema Instance => Loaded.Value;

    private static JsonSchema Load()
    {
        using var stream = typeof(ComposeSchema).Assembly.GetManifestResourceStream("HostPool.Compose.compose-spec.json")
            ?? throw new InvalidOperationException("the compose-spec.json resource is missing from HostPool.Compose; rebuild the assembly");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        return JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult();
    }
}
