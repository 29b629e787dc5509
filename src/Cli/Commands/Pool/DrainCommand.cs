using System.CommandLine;
using HostPool.Pool.Membership;
using HostPool.Providers.Store;
using Spectre.Console;
using Microsoft.Extensions.DependencyInjection;

namespace HostPool.Cli.Commands.Pool;

/// <summary>
/// <c>hostpool drain HOST</c> / <c>undrain HOST</c>: a drained host keeps what runs but gets no new replicas
/// (the pool label hostpool.drained=true, which the scheduler's snapshot maps to Drained).
/// </summary>
internal static class DrainCommand
{
    public static Command Drain(CliEnvironment environment) => Create(environment, "drain", "Stop placing new replicas on a host (what runs there stays).", drained: true);

    public static Command Undrain(CliEnvironment environment) => Create(environment, "undrain", "Let a drained host take new replicas again.", drained: false);

    private static Command Create(CliEnvironment environment, string name, string description, bool drained)
    {
        var host = new Argument<string>("HOST") { Description = "The host." };
        var command = new Command(name, description) { Arguments = { host } };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = environment.Services.GetRequiredService<IHostStore>();
            var edit = drained ? $"{PoolLabels.Drained}=true" : $"{PoolLabels.Drained}-";
            var updated = await store.UpdateAsync(parse.GetValue(host)!, record => record with { Labels = LabelChange.Apply(record.Labels, [edit]) }, cancellationToken);
            environment.Out.WriteLine($"{updated.Name}: {(PoolLabels.IsDrained(updated) ? "drained" : "ready")}");
            return (int)ExitCode.Success;
        });
        return command;
    }
}
