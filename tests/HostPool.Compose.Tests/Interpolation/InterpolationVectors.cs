using System.Text.Json.Nodes;

namespace HostPool.Compose.Tests.Interpolation;

/// <summary>The cases of ../shared/compose/fixtures/interpolation/vectors.json.</summary>
internal sealed record InterpolationVectors(IReadOnlyDictionary<string, string> Environment, IReadOnlyList<InterpolationVector> Cases)
{
    public static InterpolationVectors Load()
    {
        var document = JsonNode.Parse(File.ReadAllText(SharedCompose.Path("fixtures", "interpolation", "vectors.json")))!;
        var environment = document["env"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        var cases = document["cases"]!.AsArray().Select(c => new InterpolationVector(
            c!["template"]!.GetValue<string>(),
            c["expected"]?.GetValue<string>(),
            c["error_contains"]?.GetValue<string>())).ToList();
        return new InterpolationVectors(environment, cases);
    }
}
