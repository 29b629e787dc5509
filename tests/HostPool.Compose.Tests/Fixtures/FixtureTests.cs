using System.Text.Json.Nodes;
using HostPool.Compose.Merge;
using HostPool.Compose.Output;
using HostPool.Compose.Schema;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Tests.Fixtures;

/// <summary>Runs every fixture of ../shared/compose/fixtures/fixtures.json and checks its expected outcome.</summary>
public sealed class FixtureTests
{
    public static TheoryData<string> FixtureIds() => new(Fixture.All().Select(f => f.Id));

    [Theory]
    [MemberData(nameof(FixtureIds))]
    public async Task LoadAsync_Fixture_MeetsExpectation(string id)
    {
        var fixture = Fixture.All().Single(f => f.Id == id);
        switch (fixture.Kind)
        {
            case "valid":
                await CheckValidAsync(fixture);
                break;
            case "invalid":
                await CheckInvalidAsync(fixture);
                break;
            case "merge":
                CheckMerge(fixture);
                break;
            default:
                Assert.Fail($"fixture {id} has unknown kind {fixture.Kind}");
                break;
        }
    }

    [Fact]
    public void All_FixtureFile_HoldsEveryKind()
    {
        var kinds = Fixture.All().GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(kinds.GetValueOrDefault("valid") > 0 && kinds.GetValueOrDefault("invalid") > 0 && kinds.GetValueOrDefault("merge") > 0);
    }

    private static async Task CheckValidAsync(Fixture fixture)
    {
        if (fixture.Expect["schema_valid"] is JsonValue schemaValid)
        {
            var files = fixture.Runs()[0].ComposeFiles;
            foreach (var file in files)
            {
                var raw = Parse(Path.Combine(fixture.Directory, file));
                Assert.Equal(schemaValid.GetValue<bool>(), SchemaValidator.IsValid(raw));
            }
        }

        var checkedSomething = fixture.Expect["schema_valid"] is not null;
        foreach (var run in fixture.Runs().Where(r => r.Checks.Count > 0 || fixture.Expect["schema_valid"] is null))
        {
            var result = await FixtureLoading.LoadAsync(fixture, run, TestContext.Current.CancellationToken);
            var tree = ProjectTree.Build(result.Project);
            var problems = new List<string>();
            foreach (var check in run.Checks.Select(c => c!.AsObject()))
            {
                var path = check["path"]!.GetValue<string>().Replace("<project dir>", fixture.Directory, StringComparison.Ordinal);
                var (_, actual) = TreePathNavigator.Read(tree, path);
                var expected = Substitute(check["equals"]?.DeepClone(), fixture.Directory);
                if (ExpectationMatcher.Mismatch(expected, actual, path) is { } problem)
                {
                    problems.Add(problem);
                }

                checkedSomething = true;
            }

            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
            checkedSomething = true;
        }

        Assert.True(checkedSomething, $"fixture {fixture.Id} has nothing to check");
    }

    private static async Task CheckInvalidAsync(Fixture fixture)
    {
        var expected = fixture.Expect["error_contains"]!.GetValue<string>();
        foreach (var run in fixture.Runs())
        {
            var exception = await Assert.ThrowsAsync<ComposeValidationException>(() => FixtureLoading.LoadAsync(fixture, run, TestContext.Current.CancellationToken));
            Assert.NotEmpty(exception.Diagnostics);
            Assert.True(
                ErrorWording.Normalise(exception.Message).Contains(ErrorWording.Normalise(expected), StringComparison.Ordinal),
                $"expected an error containing \"{expected}\", got: {exception.Message}");
        }
    }

    private static void CheckMerge(Fixture fixture)
    {
        var files = fixture.Runs()[0].ComposeFiles.Select(f => Parse(Path.Combine(fixture.Directory, f))).ToList();
        var merged = files.Skip(1).Aggregate(files[0], (acc, next) => TreeMerger.Merge(acc, next));
        merged = ResetStripper.Strip(Unicity.EnforceOnProject(merged));
        var expected = Parse(Path.Combine(fixture.Directory, fixture.Expect["merged_equals_file"]!.GetValue<string>()));

        Assert.Equal(MergeComparison.Canonical(expected), MergeComparison.Canonical(merged));
    }

    private static YNode Parse(string file)
    {
        var diagnostics = new Diagnostics();
        var documents = YamlFileReader.Read(File.ReadAllText(file), file, diagnostics);
        Assert.Empty(diagnostics.Errors);
        return Assert.Single(documents);
    }

    private static JsonNode? Substitute(JsonNode? node, string directory) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => JsonValue.Create(s.Replace("<project dir>", directory, StringComparison.Ordinal)),
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Substitute(p.Value?.DeepClone(), directory)))),
        JsonArray a => new JsonArray(a.Select(i => Substitute(i?.DeepClone(), directory)).ToArray()),
        _ => node,
    };
}
