using HostPool.Pool.Deploy;
using Spectre.Console;

namespace HostPool.Cli.Commands.Pool;

/// <summary>Prints what a deploy or down did to each replica.</summary>
internal static class OutcomeTable
{
    public static void Write(CliEnvironment environment, IReadOnlyList<ReplicaOutcome> outcomes)
    {
        var table = new Table().NoBorder().AddColumns("SERVICE", "REPLICA", "HOST", "ACTION", "CONTAINER", "ERROR");
        foreach (var outcome in outcomes)
        {
            table.AddRow(new[]
            {
                outcome.Service, outcome.Replica.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Host,
                outcome.Failed ? "failed to " + outcome.Action.Replace("removed", "remove", StringComparison.Ordinal) : outcome.Action,
                outcome.ContainerId is { Length: > 12 } id ? id[..12] : outcome.ContainerId ?? string.Empty,
                outcome.Error ?? string.Empty,
            }.Select(Markup.Escape).ToArray());
        }

        environment.Out.Write(table);
    }
}
