using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Planning;

/// <summary>Renders a plan as the JSON documented in docs/scheduler.md (format version 1), byte for byte stable.</summary>
public static class PlanJsonWriter
{
    public static string Write(DeploymentPlan plan)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("project", plan.Project);
            json.WriteString("strategy", plan.Strategy);
            json.WriteNumber("seed", plan.Seed);
            json.WriteBoolean("complete", plan.IsComplete);
            json.WriteStartObject("summary");
            json.WriteNumber("replicas", plan.Placements.Count + plan.Unplaced.Count);
            json.WriteNumber("placed", plan.Placements.Count);
            json.WriteNumber("unplaced", plan.Unplaced.Count);
            json.WriteNumber("hostsUsed", plan.HostsUsed);
            json.WriteEndObject();
            WritePlacements(json, plan.Placements);
            WriteUnplaced(json, plan.Unplaced);
            WriteHosts(json, plan.Hosts);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WritePlacements(Utf8JsonWriter json, IReadOnlyList<Placement> placements)
    {
        json.WriteStartArray("placements");
        foreach (var placement in placements)
        {
            json.WriteStartObject();
            json.WriteString("service", placement.Service);
            json.WriteNumber("replica", placement.Replica);
            json.WriteString("host", placement.Host);
            json.WriteString("rule", placement.Reason.Rule);
            if (placement.Reason.Group is not null)
            {
                json.WriteString("group", placement.Reason.Group);
            }

            json.WriteNumber("serviceReplicasOnHost", placement.Reason.ServiceReplicasOnHost);
            json.WriteNumber("cpuReserved", Math.Round(placement.Reason.CpuFraction, 4));
            json.WriteNumber("memoryReserved", Math.Round(placement.Reason.MemoryFraction, 4));
            json.WriteBoolean("softRulesDropped", placement.Reason.SoftRulesDropped);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteUnplaced(Utf8JsonWriter json, IReadOnlyList<UnplacedReplica> unplaced)
    {
        json.WriteStartArray("unplaced");
        foreach (var replica in unplaced)
        {
            json.WriteStartObject();
            json.WriteString("service", replica.Service);
            json.WriteNumber("replica", replica.Replica);
            json.WriteString("reason", replica.Reason);
            json.WriteStartArray("byFilter");
            foreach (var summary in replica.ByFilter)
            {
                json.WriteStartObject();
                json.WriteString("filter", summary.Filter);
                json.WriteNumber("hosts", summary.Hosts);
                json.WriteStartArray("examples");
                foreach (var example in summary.Examples)
                {
                    json.WriteStringValue(example);
                }

                json.WriteEndArray();
                json.WriteString("detail", summary.Detail);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("hosts");
            foreach (var rejection in replica.Hosts)
            {
                json.WriteStartObject();
                json.WriteString("host", rejection.Host);
                json.WriteString("filter", rejection.Filter);
                json.WriteString("detail", rejection.Detail);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteHosts(Utf8JsonWriter json, IReadOnlyList<HostUsage> hosts)
    {
        json.WriteStartArray("hosts");
        foreach (var host in hosts)
        {
            json.WriteStartObject();
            json.WriteString("name", host.Host);
            json.WriteString("state", host.State.ToString().ToLowerInvariant());
            json.WriteNumber("cpus", Math.Round(host.Cpus, 4));
            json.WriteNumber("memoryBytes", host.MemoryBytes);
            json.WriteNumber("reservedCpus", Math.Round(host.ReservedCpus, 4));
            json.WriteNumber("reservedMemoryBytes", host.ReservedMemoryBytes);
            json.WriteNumber("newReplicas", host.NewReplicas);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
