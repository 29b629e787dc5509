using System.Globalization;
using System.Text;
using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Planning;

/// <summary>Renders a plan as plain text tables: placements, unplaced replicas with reasons, hosts.</summary>
public static class PlanTableWriter
{
    public static string Write(DeploymentPlan plan)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"project {plan.Project}, strategy {plan.Strategy}, seed {plan.Seed}: ");
        text.Append(CultureInfo.InvariantCulture, $"{plan.Placements.Count} placed, {plan.Unplaced.Count} unplaced, {plan.HostsUsed} hosts used\n\n");
        Table(
            text,
            ["SERVICE", "REPLICA", "HOST", "WHY"],
            plan.Placements.Select(p => new[] { p.Service, Number(p.Replica), p.Host, p.Reason.ToString() }));
        if (plan.Unplaced.Count > 0)
        {
            text.Append("\nUNPLACED\n");
            Table(
                text,
                ["SERVICE", "REPLICA", "REASON"],
                plan.Unplaced.Select(u => new[] { u.Service, Number(u.Replica), u.Reason }));
        }

        text.Append('\n');
        Table(
            text,
            ["HOST", "STATE", "CPUS", "MEMORY", "NEW"],
            plan.Hosts.Select(h => new[]
            {
                h.Host,
                h.State.ToString().ToLowerInvariant(),
                string.Create(CultureInfo.InvariantCulture, $"{h.ReservedCpus:0.##}/{h.Cpus:0.##}"),
                $"{MemoryText.Format(h.ReservedMemoryBytes)}/{MemoryText.Format(h.MemoryBytes)}",
                Number(h.NewReplicas),
            }));
        return text.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Table(StringBuilder text, string[] header, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header };
        all.AddRange(rows);
        var widths = header.Select((_, column) => all.Max(row => row[column].Length)).ToArray();
        foreach (var row in all)
        {
            for (var column = 0; column < row.Length; column++)
            {
                text.Append(column == row.Length - 1 ? row[column] : row[column].PadRight(widths[column] + 2));
            }

            text.Append('\n');
        }
    }
}
