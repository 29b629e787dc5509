using HostPool.Scheduler.Bench;

// Usage: HostPool.Scheduler.Quality --results bench/RESULTS.md [--throughput throughput.tsv]
//        [--instances-per-class 350] [--items 200] [--command "what produced these figures"]
string Arg(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

var perClass = int.Parse(Arg("--instances-per-class", "350"), System.Globalization.CultureInfo.InvariantCulture);
var items = int.Parse(Arg("--items", "200"), System.Globalization.CultureInfo.InvariantCulture);
var results = Arg("--results", "RESULTS.md");
var throughputPath = Arg("--throughput", string.Empty);
var command = Arg("--command", "HostPool.Scheduler.Quality " + string.Join(' ', args));

var instances = PackingInstance.Classes
    .SelectMany((kind, k) => Enumerable.Range(0, perClass).Select(i => PackingInstance.Generate(kind, (k * 100_000) + i + 1, items)))
    .ToArray();
var outcomes = new InstanceOutcome[instances.Length];
Parallel.For(0, instances.Length, i => outcomes[i] = PackingEvaluation.Evaluate(instances[i]));

var throughput = throughputPath.Length > 0 && File.Exists(throughputPath) ? ThroughputFigure.Read(throughputPath) : [];
var section = ResultsSection.Render(command, throughput, outcomes, items);
ResultsSection.Replace(results, section);
Console.WriteLine(section);
