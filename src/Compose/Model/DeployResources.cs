namespace HostPool.Compose.Model;

/// <summary>Resource limits (hard caps) and reservations (what the scheduler must find free on a host).</summary>
public sealed record DeployResources(ResourceSpec? Limits, ResourceSpec? Reservations);
