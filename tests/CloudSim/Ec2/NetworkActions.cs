using static HostPool.CloudSim.Ec2.Ec2Xml;

namespace HostPool.CloudSim.Ec2;

/// <summary>DescribeVpcs, DescribeSubnets and DescribeAvailabilityZones over the default network.</summary>
internal sealed class NetworkActions(Ec2Cloud cloud)
{
    public IReadOnlyDictionary<string, Ec2Action> Actions => new Dictionary<string, Ec2Action>(StringComparer.Ordinal)
    {
        ["DescribeVpcs"] = DescribeVpcs,
        ["DescribeSubnets"] = DescribeSubnets,
        ["DescribeAvailabilityZones"] = DescribeZones,
    };

    private object?[] DescribeVpcs(Ec2Query query)
    {
        var ids = query.List("VpcId");
        foreach (var id in ids.Where(id => cloud.Vpcs.All(v => v.Id != id)))
        {
            throw Ec2Errors.NotFound("InvalidVpcID.NotFound", "vpc ID", id);
        }

        var selected = Ec2Filters.Apply(cloud.Vpcs.Where(v => ids.Count == 0 || ids.Contains(v.Id)), query.Filters());
        return
        [
            Items("vpcSet", selected.Select(vpc => new[]
            {
                E("vpcId", vpc.Id),
                E("state", "available"),
                E("cidrBlock", vpc.CidrBlock),
                E("dhcpOptionsId", "dopt-0a1b2c3d4e5f60708"),
                E("instanceTenancy", "default"),
                E("isDefault", vpc.IsDefault),
                E("ownerId", Ec2Catalog.AccountId),
                TagSet(vpc.Tags),
            })),
        ];
    }

    private object?[] DescribeSubnets(Ec2Query query)
    {
        var ids = query.List("SubnetId");
        foreach (var id in ids.Where(id => cloud.Subnets.All(s => s.Id != id)))
        {
            throw Ec2Errors.NotFound("InvalidSubnetID.NotFound", "subnet ID", id);
        }

        var selected = Ec2Filters.Apply(cloud.Subnets.Where(s => ids.Count == 0 || ids.Contains(s.Id)), query.Filters()).ToList();
        var (page, next) = Ec2Page.Cut(selected, query);
        return
        [
            Items("subnetSet", page.Select(subnet => new[]
            {
                E("subnetId", subnet.Id),
                E("state", "available"),
                E("vpcId", subnet.VpcId),
                E("cidrBlock", subnet.CidrBlock),
                E("availableIpAddressCount", 4091),
                E("availabilityZone", subnet.AvailabilityZone),
                E("defaultForAz", subnet.DefaultForAz),
                E("mapPublicIpOnLaunch", subnet.DefaultForAz),
                E("ownerId", Ec2Catalog.AccountId),
                TagSet(subnet.Tags),
            })),
            Opt("nextToken", next),
        ];
    }

    private object?[] DescribeZones(Ec2Query query) =>
    [
        Items("availabilityZoneInfo", cloud.Subnets.Select(s => new[]
        {
            E("zoneName", s.AvailabilityZone),
            E("zoneState", "available"),
            E("regionName", cloud.Options.Region),
            E("zoneId", "use1-az" + s.AvailabilityZone[^1..]),
            E("zoneType", "availability-zone"),
        })),
    ];
}
