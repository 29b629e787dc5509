namespace HostPool.Pool.Deploy;

/// <summary>A port a container publishes: host address and port, container port and protocol.</summary>
public sealed record ContainerPort(string HostIp, int HostPort, int TargetPort, string Protocol);
