
namespace HostPool.CloudSim.Ec2;

/// <summary>Reads and checks RunInstances' parameters against the account: image, type, key, subnet, groups.</summary>
internal sealed class LaunchParser(Ec2Cloud cloud)
{
    public SimLaunch Parse(Ec2Query query)
    {
        var imageId = query.Required("ImageId");
        if (!imageId.StartsWith("ami-", StringComparison.Ordinal))
        {
            throw new Ec2Exception("InvalidAMIID.Malformed", $"Invalid id: \"{imageId}\" (expecting \"ami-...\")");
        }

        var image = cloud.Images.FirstOrDefault(i => i.Id == imageId)
            ?? throw new Ec2Exception("InvalidAMIID.NotFound", $"The image id '[{imageId}]' does not exist");
        var instanceType = query.Get("InstanceType") ?? "m1.small";
        if (!Ec2Catalog.InstanceTypes.Contains(instanceType))
        {
            throw new Ec2Exception("InvalidParameterValue", $"Invalid value '{instanceType}' for InstanceType.");
        }

        var keyName = query.Get("KeyName");
        if (keyName is not null && cloud.KeyPairs.All(k => k.Name != keyName))
        {
            throw Ec2Errors.NotFound("InvalidKeyPair.NotFound", "key pair", keyName);
        }

        var nic = query.Items("NetworkInterface").FirstOrDefault();
        var subnetId = (nic is null ? null : query.Get(nic + ".SubnetId")) ?? query.Get("SubnetId");
        var subnet = subnetId is null
            ? cloud.Subnets.First(s => s.DefaultForAz)
            : cloud.Subnets.FirstOrDefault(s => s.Id == subnetId) ?? throw Ec2Errors.NotFound("InvalidSubnetID.NotFound", "subnet ID", subnetId);
        var groupIds = Groups(query, nic, subnet);
        var publicText = nic is null ? null : query.Get(nic + ".AssociatePublicIpAddress");
        var root = query.Items("BlockDeviceMapping").FirstOrDefault();
        return new SimLaunch(imageId, instanceType, keyName, subnet, groupIds, publicText is null || publicText == "true", query.Get("ClientToken"), image.SshUser)
        {
            Spot = query.Get("InstanceMarketOptions.MarketType") == "spot",
            IamInstanceProfile = query.Get("IamInstanceProfile.Name") ?? query.Get("IamInstanceProfile.Arn"),
            RootVolumeSize = root is null ? 8 : query.Int(root + ".Ebs.VolumeSize") ?? 8,
            RootVolumeType = root is null ? "gp3" : query.Get(root + ".Ebs.VolumeType") ?? "gp3",
        };
    }

    private List<string> Groups(Ec2Query query, string? nic, SimSubnet subnet)
    {
        var ids = new List<string>(nic is null ? [] : query.List(nic + ".SecurityGroupId"));
        ids.AddRange(query.List("SecurityGroupId"));
        foreach (var name in query.List("SecurityGroup"))
        {
            ids.Add((cloud.SecurityGroups.FirstOrDefault(g => g.Name == name && g.VpcId == subnet.VpcId)
                ?? throw Ec2Errors.NotFound("InvalidGroup.NotFound", "security group", name)).Id);
        }

        foreach (var id in ids)
        {
            if (cloud.Group(id).VpcId != subnet.VpcId)
            {
                throw new Ec2Exception("InvalidParameter", $"Security group {id} and subnet {subnet.Id} belong to different networks.");
            }
        }

        return ids.Count > 0 ? ids : [cloud.SecurityGroups.First(g => g.IsDefault && g.VpcId == subnet.VpcId).Id];
    }
}
