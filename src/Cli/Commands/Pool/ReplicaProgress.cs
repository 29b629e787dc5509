using HostPool.Cli.Rendering;
using HostPool.Pool.Deploy;
using HostPool.Providers.Hosts;

namespace HostPool.Cli.Commands.Pool;

/// <summary>Turns a deploy's replica outcomes into steps of the progress view: one row (or line) per replica.</summary>
internal sealed class ReplicaProgress(ProgressView view) : IProgress<ReplicaOutcome>
{
    public void Report(ReplicaOutcome value) =>
        view.Report(new HostProgress($"{value.Service}.{value.Replica}", $"{value.Action} on {value.Host}{(value.Error is null ? string.Empty : ": " + value.Error)}"));
}
