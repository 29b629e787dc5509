using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using YamlDotNet.RepresentationModel;

namespace HostPool.Compose.Benchmarks;

/// <summary>
/// Load time of the compose loader (parse, interpolate, validate against the schema, merge, map, check) for the
/// largest shared sample and for a generated 1,000-service file. The peer in each group is YamlDotNet alone
/// reading the same file into its node tree: the ratio is what validation and normalisation cost on top of parsing.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class LoadBenchmarks
{
    private readonly IComposeLoader loader = ComposeLoader.Create();
    private readonly Dictionary<string, string> environment = new() { ["HOME"] = "/home/bench" };
    private string largestSample = string.Empty;
    private string generated = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        largestSample = SharedSamples.Largest();
        generated = GeneratedProject.Write(Path.Combine(Path.GetTempPath(), "hostpool-bench", "generated"), 1000);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("largest-sample")]
    public int YamlDotNetParse_LargestSample() => Parse(largestSample);

    [Benchmark]
    [BenchmarkCategory("largest-sample")]
    public Task<ComposeLoadResult> ComposeLoad_LargestSample() => Load(largestSample);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("generated-1000")]
    public int YamlDotNetParse_Generated1000() => Parse(generated);

    [Benchmark]
    [BenchmarkCategory("generated-1000")]
    public Task<ComposeLoadResult> ComposeLoad_Generated1000() => Load(generated);

    private Task<ComposeLoadResult> Load(string file)
        => loader.LoadAsync(new ComposeLoadRequest([file], Environment: environment), CancellationToken.None);

    private static int Parse(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(file)));
        return stream.Documents.Count;
    }
}
