using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;
using HostPool.Providers.Engine;

namespace HostPool.Pool.Deploy;

/// <summary>
/// Applies one host's changes through its engine: images and volumes first, then the old containers are
/// stopped and removed, then the new replicas created and started. Each replica's failure is reported, not thrown.
/// </summary>
internal sealed class HostApplier(IEngineClientFactory engines, ImageDistributor images)
{
    public async Task<IReadOnlyList<ReplicaOutcome>> ApplyAsync(HostChanges changes, CancellationToken cancellationToken)
    {
        var outcomes = new List<ReplicaOutcome>();
        var host = changes.Host.Name;
        using var engine = engines.Create(changes.Host);
        var replaced = changes.Create.Select(c => (c.Service, c.Replica)).ToHashSet();
        foreach (var container in changes.Remove)
        {
            var error = await TryAsync(() => RemoveAsync(engine, container.Id, cancellationToken));
            if (error is not null || !replaced.Contains((container.Service, container.Replica)))
            {
                outcomes.Add(new ReplicaOutcome(container.Service, container.Replica, host, "removed", container.Id, error));
            }
        }

        var existed = changes.Remove.Select(c => (c.Service, c.Replica)).ToHashSet();
        var prepared = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var spec in changes.Create)
        {
            if (!prepared.TryGetValue(spec.Image, out var imageError))
            {
                imageError = await TryAsync(() => images.EnsureAsync(engine, changes.Host, spec.Image, cancellationToken));
                prepared[spec.Image] = imageError;
            }

            string? id = null;
            var error = imageError ?? await TryAsync(async () =>
            {
                await VolumesAsync(engine, spec, cancellationToken);
                id = (await engine.Containers.CreateContainerAsync(spec.Parameters, cancellationToken)).ID;
                await PrepareAsync(engine, id, spec, cancellationToken);
                await engine.Containers.StartContainerAsync(id, new ContainerStartParameters(), cancellationToken);
            });
            outcomes.Add(new ReplicaOutcome(spec.Service, spec.Replica, host, existed.Contains((spec.Service, spec.Replica)) ? "replaced" : "created", id, error));
        }

        return outcomes;
    }

    public static async Task RemoveAsync(IDockerClient engine, string id, CancellationToken cancellationToken)
    {
        // No wait given: the engine waits the container's own stop timeout (the service's stop_grace_period).
        await engine.Containers.StopContainerAsync(id, new ContainerStopParameters(), cancellationToken);
        await engine.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = false }, cancellationToken);
    }

    /// <summary>Joins the networks beyond the first and puts the secrets and configs in, before the replica starts.</summary>
    private static async Task PrepareAsync(IDockerClient engine, string id, ReplicaSpec spec, CancellationToken cancellationToken)
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
    }

    private static async Task VolumesAsync(IDockerClient engine, ReplicaSpec spec, CancellationToken cancellationToken)
    {
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

    private static async Task<string?> TryAsync(Func<Task> step)
    {
        try
        {
            await step();
            return null;
        }
        catch (HostPoolException exception)
        {
            return exception.Message;
        }
        catch (DockerApiException exception)
        {
            return string.Create(CultureInfo.InvariantCulture, $"engine answered {(int)exception.StatusCode}: {exception.ResponseBody?.Trim()}");
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TimeoutException)
        {
            return $"engine unreachable: {exception.Message}";
        }
    }
}
