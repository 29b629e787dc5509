using System.Text;
using Amazon.EC2;
using Amazon.EC2.Model;
using HostPool.Providers.Model;

namespace HostPool.Providers.Ec2;

/// <summary>The EC2 requests the driver sends, built without I/O so their wire form can be checked against the API samples.</summary>
internal static class Ec2Requests
{
    public const int SshPort = 22;
    public const int DockerPort = 2376;

    public static ImportKeyPairRequest ImportKeyPair(string keyName, string publicKeyLine, List<Tag> tags) => new()
    {
        KeyName = keyName,
        PublicKeyMaterial = Convert.ToBase64String(Encoding.ASCII.GetBytes(publicKeyLine)),  // the SDK sends this string as is; EC2 expects base64
        TagSpecifications = [Ec2Tags.Specification("key-pair", tags)],
    };

    public static CreateSecurityGroupRequest CreateSecurityGroup(string name, string pool, string vpcId, List<Tag> tags) => new()
    {
        GroupName = name,
        Description = $"hostpool pool {pool}: SSH and Docker TLS from allowed addresses, Swarm between members",
        VpcId = vpcId,
        TagSpecifications = [Ec2Tags.Specification("security-group", tags)],
    };

    /// <summary>The pool group's rules, one request each so that a rule already present does not block the others.</summary>
    public static IReadOnlyList<AuthorizeSecurityGroupIngressRequest> Ingress(string groupId, string sourceCidr) =>
    [
        .. new[] { SshPort, DockerPort }.Select(port => new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = groupId,
            IpPermissions = [new IpPermission { IpProtocol = "tcp", FromPort = port, ToPort = port, Ipv4Ranges = [new IpRange { CidrIp = sourceCidr }] }],
        }),
        .. ClusterPorts.All.Select(swarm => new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = groupId,
            IpPermissions = [new IpPermission { IpProtocol = swarm.Protocol, FromPort = swarm.Port, ToPort = swarm.Port, UserIdGroupPairs = [new UserIdGroupPair { GroupId = groupId }] }],
        }),
    ];

    public static RunInstancesRequest RunInstances(Ec2Launch launch, Ec2Options options)
    {
        var request = new RunInstancesRequest
        {
            ImageId = launch.Image.ImageId,
            InstanceType = InstanceType.FindValue(options.InstanceType),
            MinCount = 1,
            MaxCount = 1,
            KeyName = launch.KeyName,
            ClientToken = launch.ClientToken,
            NetworkInterfaces =
            [
                new InstanceNetworkInterfaceSpecification
                {
                    DeviceIndex = 0,
                    SubnetId = launch.SubnetId,
                    AssociatePublicIpAddress = !options.PrivateAddressOnly,
                    Groups = [launch.SecurityGroupId],
                    DeleteOnTermination = true,
                },
            ],
            BlockDeviceMappings =
            [
                new BlockDeviceMapping
                {
                    DeviceName = launch.Image.RootDeviceName ?? "/dev/sda1",
                    Ebs = new EbsBlockDevice { VolumeSize = options.RootSize, VolumeType = VolumeType.FindValue(options.VolumeType), DeleteOnTermination = true },
                },
            ],
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required },
            TagSpecifications = [Ec2Tags.Specification("instance", launch.Tags), Ec2Tags.Specification("volume", launch.Tags)],
        };
        if (launch.UserData is { } userData)
        {
            request.UserData = Convert.ToBase64String(userData);
        }

        if (options.Spot)
        {
            request.InstanceMarketOptions = new InstanceMarketOptionsRequest
            {
                MarketType = MarketType.Spot,
                SpotOptions = new SpotMarketOptions { SpotInstanceType = SpotInstanceType.OneTime, InstanceInterruptionBehavior = InstanceInterruptionBehavior.Terminate },
            };
        }

        if (options.IamInstanceProfile is { } profile)
        {
            request.IamInstanceProfile = profile.StartsWith("arn:", StringComparison.Ordinal)
                ? new IamInstanceProfileSpecification { Arn = profile }
                : new IamInstanceProfileSpecification { Name = profile };
        }

        return request;
    }

    /// <summary>The instances that are not terminated, selected by one filter (e.g. tag:hostpool:host, client-token, instance.group-id).</summary>
    public static DescribeInstancesRequest LiveInstances(string filterName, params string[] values) => new()
    {
        Filters =
        [
            new Filter(filterName, [.. values]),
            new Filter("instance-state-name", ["pending", "running", "shutting-down", "stopping", "stopped"]),
        ],
    };
}
