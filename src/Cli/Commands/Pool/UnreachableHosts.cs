using HostPool.Pool.Operations;

namespace HostPool.Cli.Commands.Pool;

/// <summary>Warns about the pool hosts that did not answer, whose replicas a command could not reach.</summary>
internal static class UnreachableHosts
{
    public static async Task WarnAsync(CliEnvironment environment, ReplicaSet replicas, string missing)
    {
        foreach (var host in replicas.Unreachable)
        {
            await environment.Error.WriteLineAsync($"warning: {host.Record.Name} did not answer ({host.Error}); {missing}.");
        }
    }
}
