using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using HostPool.Scheduler.Bench;

// Usage: HostPool.Scheduler.Benchmarks OUTPUT.tsv [dry]
// Runs the throughput benchmarks and writes one line per benchmark: class, method, mean ns, replicas per op.
var output = args.Length > 0 ? args[0] : "throughput.tsv";
var job = (args.Contains("dry") ? Job.Dry : Job.ShortRun).WithToolchain(InProcessEmitToolchain.Instance);
var config = ManualConfig.Create(DefaultConfig.Instance).AddJob(job).WithOptions(ConfigOptions.JoinSummary);
var summary = BenchmarkRunner.Run([typeof(IdenticalReplicasBenchmarks), typeof(HeterogeneousSinglesBenchmarks), typeof(LargeDeployBenchmarks)], config);

var replicasPerOp = new Dictionary<string, int>
{
    ["ClassicSwarm10k"] = 10_000,
    ["Hostpool10k"] = 10_000,
    ["Hostpool100k"] = 100_000,
    ["ClassicSwarmSpread"] = HeterogeneousSinglesBenchmarks.Services,
    ["HostpoolSpread"] = HeterogeneousSinglesBenchmarks.Services,
    ["HostpoolBinpack"] = HeterogeneousSinglesBenchmarks.Services,
    ["Hostpool"] = 100_000,
};
var lines = new List<string> { "class\tmethod\tdescription\tmean_ns\tstddev_ns\treplicas" };
foreach (var report in summary.SelectMany(run => run.Reports))
{
    var descriptor = report.BenchmarkCase.Descriptor;
    var statistics = report.ResultStatistics;
    if (statistics is null)
    {
        continue;
    }

    lines.Add(string.Join(
        '\t',
        descriptor.Type.Name,
        descriptor.WorkloadMethod.Name,
        descriptor.WorkloadMethodDisplayInfo.Trim('\''),
        statistics.Mean.ToString("F0", CultureInfo.InvariantCulture),
        statistics.StandardDeviation.ToString("F0", CultureInfo.InvariantCulture),
        replicasPerOp[descriptor.WorkloadMethod.Name].ToString(CultureInfo.InvariantCulture)));
}

File.WriteAllLines(output, lines);
Console.WriteLine($"wrote {output}");
