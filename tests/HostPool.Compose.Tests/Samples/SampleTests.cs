using HostPool.Compose.Output;

namespace HostPool.Compose.Tests.Samples;

/// <summary>Every real project under ../shared/compose/samples loads, and its printed form loads back to the same project.</summary>
public sealed class SampleTests
{
    public static TheoryData<string> Samples() => new(
        Directory.GetDirectories(SharedCompose.Path("samples")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task LoadAsync_Sample_LoadsWithServicesAndRoundTrips(string sample)
    {
        var file = SharedCompose.Path("samples", sample, "compose.yaml");
        var loader = ComposeLoader.Create();

        var result = await loader.LoadAsync(new ComposeLoadRequest([file], Environment: new Dictionary<string, string>()), TestContext.Current.CancellationToken);

        Assert.NotEmpty(result.Project.Services);
        Assert.All(result.Project.Services.Values, s => Assert.True(s.Image is not null || s.Build is not null, $"{s.Name} has no image and no build"));
        var printed = ComposeProjectSerializer.ToYaml(result.Project);
        var copy = Path.Combine(Path.GetTempPath(), $"hostpool-sample-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(copy, printed, TestContext.Current.CancellationToken);
        try
        {
            var again = await loader.LoadAsync(
                new ComposeLoadRequest([copy], WorkingDirectory: Path.GetDirectoryName(file), Environment: new Dictionary<string, string>()),
                TestContext.Current.CancellationToken);
            Assert.Equal(printed, ComposeProjectSerializer.ToYaml(again.Project));
        }
        finally
        {
            File.Delete(copy);
        }
    }
}
