using Amazon.EC2.Model;

namespace HostPool.Providers.Ec2;

/// <summary>What RunInstances needs besides the flags: the resolved image, subnet, group, key and the idempotency token.</summary>
internal sealed record Ec2Launch(Image Image, string SubnetId, string SecurityGroupId, string KeyName, string ClientToken, List<Tag> Tags)
{
    public byte[]? UserData { get; init; }
}
