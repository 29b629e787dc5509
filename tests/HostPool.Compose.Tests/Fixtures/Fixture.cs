using System.Text.Json.Nodes;

namespace HostPool.Compose.Tests.Fixtures;

/// <summary>One entry of fixtures.json (see INDEX.md for the format).</summary>
internal sealed record Fixture(string Id, string Kind, string Dir, JsonObject Raw)
{
    public string Directory => SharedCompose.Path("fixtures", Dir);

    public JsonObject Expect => Raw["expect"]!.AsObject();

    public string Options => Raw["options"]?.GetValue<string>() ?? string.Empty;

    public string Origin => Raw["test"]?.GetValue<string>() ?? string.Empty;

    public static IReadOnlyList<Fixture> All()
    {
        var document = JsonNode.Parse(File.ReadAllText(SharedCompose.Path("fixtures", "fixtures.json")))!;
        return document["fixtures"]!.AsArray()
            .Select(n => n!.AsObject())
            .Select(o => new Fixture(o["id"]!.GetValue<string>(), o["kind"]!.GetValue<string>(), o["dir"]!.GetValue<string>(), o))
            .ToList();
    }

    /// <summary>The runs to make: each scenario (inheriting what it does not set), or the fixture itself.</summary>
    public IReadOnlyList<FixtureRun> Runs()
    {
        var baseRun = FixtureRun.From(Raw, null);
        if (Expect["scenarios"] is JsonArray scenarios)
        {
            return scenarios.Select(s => FixtureRun.From(s!.AsObject(), baseRun)).ToList();
        }

        return [baseRun with { Checks = Expect["checks"] as JsonArray ?? [] }];
    }
}
