using HostPool.Providers.Drivers;

namespace HostPool.Providers.Ec2;

/// <summary>The ec2 driver's flags, as given on `create` (--ec2-region and so on).</summary>
public static class Ec2Flags
{
    public const string Region = "ec2-region";
    public const string InstanceType = "ec2-instance-type";
    public const string Ami = "ec2-ami";
    public const string VpcId = "ec2-vpc-id";
    public const string SubnetId = "ec2-subnet-id";
    public const string RootSize = "ec2-root-size";
    public const string VolumeType = "ec2-volume-type";
    public const string SshUser = "ec2-ssh-user";
    public const string PrivateAddressOnly = "ec2-private-address-only";
    public const string Spot = "ec2-spot";
    public const string IamInstanceProfile = "ec2-iam-instance-profile";
    public const string UserData = "ec2-userdata";
    public const string Tags = "ec2-tags";
    public const string Endpoint = "ec2-endpoint";
    public const string Profile = "ec2-profile";
    public const string SourceCidr = "ec2-source-cidr";
    public const string AccessKey = "ec2-access-key";
    public const string SecretKey = "ec2-secret-key";

    public const string DefaultRegion = "us-east-1";
    public const string DefaultInstanceType = "t3.medium";
    public const string DefaultRootSize = "16";
    public const string DefaultVolumeType = "gp3";
    public const string DefaultSourceCidr = "0.0.0.0/0";

    public static IReadOnlyList<DriverFlag> All { get; } =
    [
        new(Region, "AWS region") { DefaultValue = DefaultRegion, EnvironmentVariable = "AWS_DEFAULT_REGION" },
        new(InstanceType, "Instance type") { DefaultValue = DefaultInstanceType },
        new(Ami, "Image id; when not given, the newest Ubuntu 24.04 LTS (amd64) image from Canonical is looked up in the region"),
        new(VpcId, "VPC to create in; default: the subnet's VPC, else the region's default VPC"),
        new(SubnetId, "Subnet to create in; default: a default subnet of the VPC"),
        new(RootSize, "Root volume size in GiB") { DefaultValue = DefaultRootSize },
        new(VolumeType, "Root volume type (gp3, gp2, io1, io2, st1, sc1, standard)") { DefaultValue = DefaultVolumeType },
        new(SshUser, "SSH user; default: the image's usual user (ubuntu for Ubuntu, admin for Debian)"),
        new(PrivateAddressOnly, "Use only the private address (no public IP); hostpool must reach the VPC") { DefaultValue = "false" },
        new(Spot, "Request a spot instance") { DefaultValue = "false" },
        new(IamInstanceProfile, "IAM instance profile name or ARN to attach"),
        new(UserData, "File with user data (cloud-init) for the instance"),
        new(Tags, "Extra tags, key=value (repeatable, or comma-separated)") { IsMultiValue = true },
        new(Endpoint, "EC2 endpoint URL for EC2-compatible clouds and simulators; default: AWS's endpoint for the region"),
        new(Profile, "Profile of the shared AWS credentials and config files") { EnvironmentVariable = "AWS_PROFILE" },
        new(SourceCidr, "Addresses allowed to reach SSH (22) and the Docker API (2376)") { DefaultValue = DefaultSourceCidr },
        new(AccessKey, "AWS access key id; default: the standard AWS credential chain") { IsSecret = true, EnvironmentVariable = "AWS_ACCESS_KEY_ID" },
        new(SecretKey, "AWS secret access key; default: the standard AWS credential chain") { IsSecret = true, EnvironmentVariable = "AWS_SECRET_ACCESS_KEY" },
    ];
}
