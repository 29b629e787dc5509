using HostPool.Pool.Deploy;
using Spectre.Console;

namespace HostPool.Cli.Commands.Pool;

/// <summary>Prints what a deploy, rollback or down did to each replica, and turns failed replicas into the command's error.</summary>
internal static class OutcomeTable
{
    private static readonly Dictionary<string, string> FailedAction = new(StringComparer.Ordinal)
    {
        ["removed"] = "failed to remove",
        ["created"] = "failed to create",
        ["replaced"] = "failed to replace",
        ["rolled back"] = "failed to roll back",
    };

    public static void Write(CliEnvironment environment, IReadOnlyList<ReplicaOutcome> outcomes)
    {
        var table = new Table().NoBorder().AddColumns("SERVICE", "REPLICA", "HOST", "ACTION", "CONTAINER", "ERROR");
        foreach (var outcome in outcomes)
        {
            table.AddRow(new[]
            {
                outcome.Service, outcome.Replica.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Host,
                outcome.Failed ? FailedAction.GetValueOrDefault(outcome.Action, outcome.Action) : outcome.Action,
                outcome.ContainerId is { Length: > 12 } id ? id[..12] : outcome.ContainerId ?? string.Empty,
                outcome.Error ?? string.Empty,
            }.Select(Markup.Escape).ToArray());
        }

        environment.Out.Write(table);
    }

    /// <summary>Success when no replica failed; otherwise a partial-failure error listing each failed replica, then what to do.</summary>
    public static int ExitCode(IReadOnlyList<ReplicaOutcome> outcomes, string what, string next)
    {
        var failed = outcomes.Where(o => o.Failed).ToList();
        return failed.Count == 0
            ? (int)HostPool.ExitCode.Success
            : throw new HostPoolException(
                $"{failed.Count} replica(s) {what}:\n" + string.Join("\n", failed.Select(f => $"  {f.Service} #{f.Replica} on {f.Host} ({f.Action}): {f.Error}")) + "\n" + next,
                HostPool.ExitCode.PartialFailure);
    }
}
