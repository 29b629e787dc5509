using HostPool.Compose.Model;
using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Mapping;

/// <summary>One compose service to its <see cref="ServiceDemand"/>.</summary>
internal static class ServiceDemandMapper
{
    public static ServiceDemand Map(ComposeService service)
    {
        if (service.Image is null)
        {
            throw new InvalidInputException(
                $"service '{service.Name}' has no image: a pool cannot build; build and push the image, then set image:");
        }

        if (service.Deploy?.Mode is DeployMode.ReplicatedJob or DeployMode.GlobalJob)
        {
            throw new InvalidInputException(
                $"service '{service.Name}' is a job (deploy.mode {service.Deploy.Mode}); hostpool runs long-lived services: use replicated or global");
        }

        var extension = HostPoolExtension.Read(service);
        var placement = service.Deploy?.Placement ?? new Compose.Model.Placement();
        var reservations = service.Deploy?.Resources.Reservations;
        return new ServiceDemand
        {
            Name = service.Name,
            Replicas = service.ReplicaCount ?? 1,
            Mode = service.ReplicaCount is null ? ServiceMode.Global : ServiceMode.Replicated,
            Cpus = reservations?.Cpus ?? 0,
            MemoryBytes = reservations?.MemoryBytes ?? service.MemReservationBytes ?? 0,
            Constraints = placement.Constraints,
            Preferences = [.. placement.Preferences.Select(p => p.Spread)],
            MaxReplicasPerNode = placement.MaxReplicasPerNode is > 0 ? placement.MaxReplicasPerNode : null,
            Ports = PortDemand.Of(service),
            ShareHostWith = SharedHost.Of(service),
            Strategy = extension.Strategy,
            Operators = extension.Operators,
            Affinities = extension.Affinities,
        };
    }
}
