using System.Globalization;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.Tests.TestKit;

/// <summary>
/// The settings and figures of a provider's seeded fault campaign: PREFIX_FAULT_RUNS (5 by default; the
/// bench/*-faults.sh scripts run 100), PREFIX_FAULT_SEED (first seed, 1000 by default), and PREFIX_FAULT_REPORT,
/// a file the figures are appended to (the scripts print it).
/// </summary>
internal static class FaultCampaign
{
    public static (int Runs, int FirstSeed) Settings(string prefix) =>
        (Parse($"{prefix}_FAULT_RUNS", 5), Parse($"{prefix}_FAULT_SEED", 1000));

    /// <summary>Sends a figure to the test output and, when PREFIX_FAULT_REPORT names a file, appends it there.</summary>
    public static void Report(string prefix, string line)
    {
        TestContext.Current.SendDiagnosticMessage(line);
        if (Environment.GetEnvironmentVariable($"{prefix}_FAULT_REPORT") is { Length: > 0 } file)
        {
            File.AppendAllText(file, line + Environment.NewLine);
        }
    }

    /// <summary>
    /// A random plan for one seed: up to 30 % throttling, 20 % server errors, 30 % slow answers, capacity errors
    /// (<paramref name="maxCapacityErrors"/> at most) and, with probability <paramref name="scripted"/>, one scripted
    /// failure of one of <paramref name="operations"/> with one of <paramref name="codes"/>, half of them after effect.
    /// </summary>
    public static FaultPlan RandomPlan(int seed, Random random, IReadOnlyList<string> operations, IReadOnlyList<string> codes, int maxCapacityErrors, double scripted = 0.5) => new()
    {
        Seed = seed,
        ThrottleRate = random.NextDouble() * 0.3,
        ServerErrorRate = random.NextDouble() * 0.2,
        DelayRate = random.NextDouble() * 0.3,
        DelayMs = random.Next(0, 60),
        CapacityErrors = random.Next(0, maxCapacityErrors + 1),
        FailAt = random.NextDouble() < scripted
            ? [new ScriptedFault(operations[random.Next(operations.Count)], random.Next(1, 3)) { Code = codes[random.Next(codes.Count)], AfterEffect = random.NextDouble() < 0.5 }]
            : [],
    };

    private static int Parse(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
