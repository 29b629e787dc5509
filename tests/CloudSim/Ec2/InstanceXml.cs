using System.Xml.Linq;
using static HostPool.CloudSim.Ec2.Ec2Xml;

namespace HostPool.CloudSim.Ec2;

/// <summary>The instance element of RunInstances and DescribeInstances (element names of the EC2 model).</summary>
internal static class InstanceXml
{
    public static XElement?[] Instance(Ec2Cloud cloud, SimInstance instance, int launchIndex) =>
    [
        E("instanceId", instance.Id),
        E("imageId", instance.Launch.ImageId),
        State(instance.State, "instanceState"),
        E("privateDnsName", instance.PrivateAddress is { } p ? $"ip-{p.Replace('.', '-')}.ec2.internal" : ""),
        E("dnsName", ""),
        E("reason", instance.StateReason ?? ""),
        Opt("keyName", instance.Launch.KeyName),
        E("amiLaunchIndex", launchIndex),
        E("instanceType", instance.Launch.InstanceType),
        E("launchTime", instance.LaunchTime),
        E("placement", E("availabilityZone", instance.Launch.Subnet.AvailabilityZone), E("tenancy", "default")),
        E("monitoring", E("state", "disabled")),
        E("subnetId", instance.Launch.Subnet.Id),
        E("vpcId", instance.Launch.Subnet.VpcId),
        Opt("privateIpAddress", instance.PrivateAddress),
        Opt("ipAddress", instance.PublicAddress),
        E("sourceDestCheck", true),
        Groups(cloud, instance.Launch.GroupIds),
        instance.StateReason is null ? null : E("stateReason", E("code", instance.StateReason), E("message", instance.StateReason)),
        E("architecture", cloud.Images.FirstOrDefault(i => i.Id == instance.Launch.ImageId)?.Architecture ?? "x86_64"),
        E("rootDeviceType", "ebs"),
        E("rootDeviceName", "/dev/sda1"),
        E("blockDeviceMapping"),
        instance.Launch.Spot ? E("instanceLifecycle", "spot") : null,
        Opt("clientToken", instance.Launch.ClientToken),
        instance.Launch.IamInstanceProfile is { } profile
            ? E("iamInstanceProfile", E("arn", $"arn:aws:iam::{Ec2Catalog.AccountId}:instance-profile/{profile}"), E("id", "AIPA" + instance.Id[2..]))
            : null,
        TagSet(instance.Tags),
        E("hypervisor", "xen"),
        E("virtualizationType", "hvm"),
        Items("networkInterfaceSet", [NetworkInterface(instance)]),
    ];

    public static XElement Groups(Ec2Cloud cloud, IEnumerable<string> groupIds) =>
        Items("groupSet", groupIds.Select(id => new[] { E("groupId", id), E("groupName", cloud.SecurityGroups.FirstOrDefault(g => g.Id == id)?.Name ?? "") }));

    private static XElement?[] NetworkInterface(SimInstance instance) =>
    [
        E("networkInterfaceId", "eni-" + instance.Id[2..]),
        E("subnetId", instance.Launch.Subnet.Id),
        E("vpcId", instance.Launch.Subnet.VpcId),
        E("ownerId", Ec2Catalog.AccountId),
        E("status", "in-use"),
        Opt("privateIpAddress", instance.PrivateAddress),
        instance.PublicAddress is { } address ? E("association", E("publicIp", address), E("ipOwnerId", "amazon")) : null,
    ];
}
