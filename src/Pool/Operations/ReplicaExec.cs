using Docker.DotNet.Models;
using HostPool.Providers.Engine;

namespace HostPool.Pool.Operations;

/// <summary>
/// Runs a command in a replica with the engine's exec API (no TTY, so the output comes multiplexed and
/// stdout and stderr stay apart) and reads the exit code back from the finished exec.
/// </summary>
internal static class ReplicaExec
{
    public static async Task<int> RunAsync(
        IEngineClientFactory engines, ReplicaSet replicas, ReplicaAddress address, ExecCommand command, Stream standardOutput, Stream standardError, CancellationToken cancellationToken)
    {
        if (command.Arguments.Count == 0)
        {
            throw new UsageException("Give the command to run after the replica, e.g. `hostpool exec web -- sh -c 'ls /'`.");
        }

        var replica = ReplicaSelection.One(replicas.Replicas, replicas.Project, address);
        if (replica.State != "running")
        {
            throw new ConflictException($"Replica {address} on {replica.Host} is {replica.State}, not running. Start it with `hostpool restart -p {replicas.Project} {address.Service}`.");
        }

        using var engine = engines.Create(replicas.HostOf(replica).Record);
        try
        {
            var created = await engine.Exec.CreateContainerExecAsync(
                replica.Id,
                new ContainerExecCreateParameters
                {
                    Cmd = [.. command.Arguments],
                    AttachStdout = true,
                    AttachStderr = true,
                    User = command.User ?? string.Empty,
                    WorkingDir = command.WorkingDirectory ?? string.Empty,
                    Env = [.. command.Environment],
                },
                cancellationToken);
            using (var stream = await engine.Exec.StartContainerExecAsync(created.ID, new ContainerExecStartParameters { Detach = false, TTY = false }, cancellationToken))
            {
                await stream.CopyOutputToAsync(Stream.Null, standardOutput, standardError, cancellationToken);
            }

            var finished = await engine.Exec.InspectContainerExecAsync(created.ID, cancellationToken);
            return (int)(finished.ExitCode ?? throw new HostPoolException($"The engine of {replica.Host} did not report how the command in {address} ended. Run it again.", ExitCode.Failure));
        }
        catch (Exception exception) when (EngineFailure.Is(exception))
        {
            throw EngineFailure.About($"exec in {address}", replica.Host, exception);
        }
    }
}
