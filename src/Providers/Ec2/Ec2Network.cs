using Amazon.EC2.Model;

namespace HostPool.Providers.Ec2;

/// <summary>The subnet (and so VPC and zone) to launch in: the given subnet, a default subnet of the given VPC, or of the default VPC.</summary>
internal static class Ec2Network
{
    public static async Task<Subnet> ResolveAsync(Ec2Calls calls, Ec2Options options, CancellationToken cancellationToken)
    {
        if (options.SubnetId is { } subnetId)
        {
            var given = await Subnets(calls, new DescribeSubnetsRequest { SubnetIds = [subnetId] }, cancellationToken);
            var subnet = given.FirstOrDefault()
                ?? throw new UsageException($"Subnet {subnetId} does not exist in {options.Connection.Region}; check --{Ec2Flags.SubnetId}.");
            return options.VpcId is null || options.VpcId == subnet.VpcId
                ? subnet
                : throw new UsageException($"Subnet {subnetId} is in {subnet.VpcId}, not in --{Ec2Flags.VpcId} {options.VpcId}; give a subnet of that VPC or leave one flag out.");
        }

        var vpcId = options.VpcId ?? await DefaultVpcAsync(calls, options, cancellationToken);
        var subnets = await Subnets(calls, new DescribeSubnetsRequest { Filters = [new Filter("vpc-id", [vpcId])] }, cancellationToken);
        return subnets.OrderByDescending(s => s.DefaultForAz == true).ThenBy(s => s.AvailabilityZone, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new UsageException($"VPC {vpcId} has no subnet in {options.Connection.Region}; create one or give --{Ec2Flags.SubnetId}.");
    }

    private static async Task<string> DefaultVpcAsync(Ec2Calls calls, Ec2Options options, CancellationToken cancellationToken)
    {
        var vpcs = await calls.RunAsync(
            "DescribeVpcs",
            (c, t) => c.DescribeVpcsAsync(new DescribeVpcsRequest { Filters = [new Filter("is-default", ["true"])] }, t),
            cancellationToken);
        return vpcs.Vpcs?.FirstOrDefault()?.VpcId
            ?? throw new UsageException(
                $"{options.Connection.Region} has no default VPC. Give --{Ec2Flags.VpcId} or --{Ec2Flags.SubnetId}, or create a default VPC ('aws ec2 create-default-vpc').");
    }

    private static async Task<List<Subnet>> Subnets(Ec2Calls calls, DescribeSubnetsRequest request, CancellationToken cancellationToken)
    {
        var response = await calls.RunAsync("DescribeSubnets", (c, t) => c.DescribeSubnetsAsync(request, t), cancellationToken);
        return response.Subnets ?? [];
    }
}
