using System.Globalization;
using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Planning;

/// <summary>Parses `--simulate-hosts count=N,cpus=C,memory=M[,labels=k=v;k2=a|b]`.</summary>
public static class SimulatedHosts
{
    private const string Example = "e.g. --simulate-hosts count=10,cpus=4,memory=8g,labels=zone=a|b|c";

    /// <exception cref="UsageException">The spec is malformed; the message shows a correct one.</exception>
    public static SimulatedHostShape Parse(string spec)
    {
        int? count = null;
        double? cpus = null;
        long? memory = null;
        var labels = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=');
            if (equals <= 0)
            {
                throw new UsageException($"'{part}' in --simulate-hosts is not KEY=VALUE; {Example}.");
            }

            var key = part[..equals].Trim().ToLowerInvariant();
            var value = part[(equals + 1)..].Trim();
            switch (key)
            {
                case "count":
                    count = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                        ? n
                        : throw new UsageException($"count={value} in --simulate-hosts must be a whole number above zero; {Example}.");
                    break;
                case "cpus":
                    cpus = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) && c > 0 && double.IsFinite(c)
                        ? c
                        : throw new UsageException($"cpus={value} in --simulate-hosts must be a number above zero; {Example}.");
                    break;
                case "memory":
                    memory = MemoryText.TryParse(value, out var bytes) && bytes > 0
                        ? bytes
                        : throw new UsageException($"memory={value} in --simulate-hosts must be a size such as 512m or 8g; {Example}.");
                    break;
                case "labels":
                    labels.AddRange(ParseLabels(value));
                    break;
                default:
                    throw new UsageException($"'{key}' is not a --simulate-hosts key; use count, cpus, memory and labels; {Example}.");
            }
        }

        if (cpus is null || memory is null)
        {
            throw new UsageException($"--simulate-hosts needs cpus and memory; {Example}.");
        }

        return new SimulatedHostShape(count ?? 1, cpus.Value, memory.Value, labels);
    }

    private static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> ParseLabels(string text)
    {
        foreach (var label in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = label.IndexOf('=');
            var values = equals > 0 ? label[(equals + 1)..].Split('|', StringSplitOptions.TrimEntries) : [];
            if (equals <= 0 || values.Any(value => value.Length == 0))
            {
                throw new UsageException($"label '{label}' in --simulate-hosts is not KEY=VALUE or KEY=V1|V2; {Example}.");
            }

            yield return new KeyValuePair<string, IReadOnlyList<string>>(label[..equals].Trim(), values);
        }
    }
}
