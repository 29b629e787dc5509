using System.Globalization;
using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Planning;

/// <summary>
/// Identical simulated hosts: sim-1..sim-N with the same cpus and memory. A label value written as
/// a|b|c is dealt round-robin (sim-1 gets a, sim-2 b, sim-3 c, sim-4 a, ...).
/// </summary>
public sealed record SimulatedHostShape(int Count, double Cpus, long MemoryBytes, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Labels)
{
    public IReadOnlyList<HostSnapshot> Build() => Build(Count);

    public IReadOnlyList<HostSnapshot> Build(int count)
    {
        var hosts = new HostSnapshot[count];
        var width = count.ToString(CultureInfo.InvariantCulture).Length;
        for (var i = 0; i < count; i++)
        {
            var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, values) in Labels)
            {
                labels[key] = values[i % values.Count];
            }

            hosts[i] = new HostSnapshot
            {
                Name = "sim-" + (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'),
                Cpus = Cpus,
                MemoryBytes = MemoryBytes,
                NodeLabels = labels,
            };
        }

        return hosts;
    }
}
