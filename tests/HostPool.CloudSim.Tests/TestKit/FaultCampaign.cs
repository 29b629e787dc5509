using System.Globalization;

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

    private static int Parse(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
