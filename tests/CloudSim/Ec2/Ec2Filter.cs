namespace HostPool.CloudSim.Ec2;

/// <summary>One describe filter: a name (e.g. "tag:hostpool:pool", "instance-state-name") and the values any of which may match.</summary>
internal sealed record Ec2Filter(string Name, IReadOnlyList<string> Values);
