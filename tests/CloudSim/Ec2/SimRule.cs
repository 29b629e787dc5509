namespace HostPool.CloudSim.Ec2;

/// <summary>One flattened ingress rule: a protocol and port range from one source (a CIDR or a security group).</summary>
internal sealed record SimRule(string Protocol, int? FromPort, int? ToPort, string? Cidr, string? SourceGroupId);
