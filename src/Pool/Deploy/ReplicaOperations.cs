using Docker.DotNet;
using Docker.DotNet.Models;
using Polly;

namespace HostPool.Pool.Deploy;

/// <summary>
/// The engine steps a deploy takes on one replica: start a new container (volumes, networks, secrets and configs
/// before it starts), set a current one aside for rollback (stopped and renamed), bring one back, remove one.
/// </summary>
internal static class ReplicaOperations
{
    public static async Task<string> StartNewAsync(IDockerClient engine, ReplicaSpec spec, string name, CancellationToken cancellationToken)
    {
        await VolumesAsync(engine, spec, cancellationToken);
        spec.Parameters.Name = name;
        var id = (await engine.Containers.CreateContainerAsync(spec.Parameters, cancellationToken)).ID;
        try
        {
            foreach (var network in spec.LaterNetworks)
            {
                await engine.Networks.ConnectNetworkAsync(network.Network, new NetworkConnectParameters { Container = id, EndpointConfig = network.Endpoint }, cancellationToken);
            }

            if (spec.Files.Count > 0)
            {
                await using var archive = ContainerFileArchive.Pack(spec.Files);
                await engine.Containers.ExtractArchiveToContainerAsync(id, new CopyToContainerParameters { Path = "/" }, archive, cancellationToken);
            }

            await engine.Containers.StartContainerAsync(id, new ContainerStartParameters(), cancellationToken);
            return id;
        }
        catch (Exception exception) when (exception is DockerApiException || EngineErrors.IsUnreachable(exception))
        {
            // A container that never started is not left behind.
            await EngineErrors.TryAsync(() => engine.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true }, CancellationToken.None));
            throw;
        }
    }

    /// <summary>Stops the replica's container and keeps it, renamed, so that a rollback can bring it back.</summary>
    public static async Task SupersedeAsync(IDockerClient engine, ProjectContainer container, string deployId, CancellationToken cancellationToken)
    {
        await StopAsync(engine, container.Id, cancellationToken);
        await engine.Containers.RenameContainerAsync(container.Id, new ContainerRenameParameters { NewName = ContainerNames.Superseded(ReplicaName(container), deployId) }, cancellationToken);
    }

    /// <summary>Gives a kept or start-first container the replica's own name, and starts it.</summary>
    public static async Task TakeOverAsync(IDockerClient engine, string id, string replicaName, bool start, CancellationToken cancellationToken)
    {
        await engine.Containers.RenameContainerAsync(id, new ContainerRenameParameters { NewName = replicaName }, cancellationToken);
        if (start)
        {
            await StartKeptAsync(engine, id, cancellationToken);
        }
    }

    /// <summary>
    /// Starts a stopped container again. While another container on the same engine leaves an overlay network, the
    /// engine may briefly answer "network ... not found" for the network this one joins; the start is tried again
    /// (named pipeline, short constant waits) until the engine has the network back.
    /// </summary>
    private static Task StartKeptAsync(IDockerClient engine, string id, CancellationToken cancellationToken) =>
        NetworkSettle.ExecuteAsync(async token => await engine.Containers.StartContainerAsync(id, new ContainerStartParameters(), token), cancellationToken).AsTask();

    private static readonly ResiliencePipeline NetworkSettle = EngineRetries.WhileSettling(
        "hostpool-network-settle",
        e => e.StatusCode == System.Net.HttpStatusCode.NotFound && e.ResponseBody?.Contains("network", StringComparison.OrdinalIgnoreCase) == true,
        attempts: 20,
        TimeSpan.FromMilliseconds(250));

    public static async Task RemoveAsync(IDockerClient engine, string id, CancellationToken cancellationToken)
    {
        await StopAsync(engine, id, cancellationToken);
        await engine.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = false }, cancellationToken);
    }

    public static string ReplicaName(ProjectContainer container) => ContainerNames.Replica(container.Project, container.Service, container.Replica);

    // No wait given: the engine waits the container's own stop timeout (the service's stop_grace_period).
    private static Task StopAsync(IDockerClient engine, string id, CancellationToken cancellationToken) =>
        engine.Containers.StopContainerAsync(id, new ContainerStopParameters(), cancellationToken);

    private static async Task VolumesAsync(IDockerClient engine, ReplicaSpec spec, CancellationToken cancellationToken)
    {
        if (spec.Volumes.Count == 0)
        {
            return;
        }

        var existing = (await engine.Volumes.ListAsync(cancellationToken)).Volumes?.Select(v => v.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var volume in spec.Volumes.Where(v => !existing.Contains(v.Name)))
        {
            if (volume.External)
            {
                throw new NotFoundException($"external volume {volume.Name} does not exist on {spec.Host}; create it there first");
            }

            await engine.Volumes.CreateAsync(
                new VolumesCreateParameters { Name = volume.Name, Driver = volume.Driver ?? "local", DriverOpts = volume.DriverOptions.ToDictionary(), Labels = volume.Labels.ToDictionary() },
                cancellationToken);
        }
    }
}
