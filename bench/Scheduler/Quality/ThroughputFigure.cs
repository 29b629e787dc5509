using System.Globalization;

namespace HostPool.Scheduler.Bench;

/// <summary>One BenchmarkDotNet result line: mean time per operation and replicas placed per operation.</summary>
public sealed record ThroughputFigure(string Class, string Method, string Description, double MeanNs, double StdDevNs, int Replicas)
{
    public double PlacementsPerSecond => Replicas / (MeanNs / 1e9);

    public double MeanMs => MeanNs / 1e6;

    public static IReadOnlyList<ThroughputFigure> Read(string path) =>
        File.ReadAllLines(path).Skip(1).Where(line => line.Length > 0).Select(line =>
        {
            var f = line.Split('\t');
            return new ThroughputFigure(
                f[0],
                f[1],
                f[2],
                double.Parse(f[3], CultureInfo.InvariantCulture),
                double.Parse(f[4], CultureInfo.InvariantCulture),
                int.Parse(f[5], CultureInfo.InvariantCulture));
        }).ToArray();
}
