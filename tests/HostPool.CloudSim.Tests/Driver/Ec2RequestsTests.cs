using System.Text;
using Amazon.EC2.Model;
using Amazon.EC2.Model.Internal.MarshallTransformations;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers.Ec2;
using HostPool.Providers.Model;

namespace HostPool.CloudSim.Tests.Driver;

/// <summary>The driver's requests, marshalled by AWSSDK.EC2, against the authored request samples.</summary>
public sealed class Ec2RequestsTests
{
    private static readonly Image Ubuntu = new() { ImageId = "ami-0123456789abcdef0", Name = "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20260715", RootDeviceName = "/dev/sda1" };

    [Fact]
    public void RunInstances_DefaultFlags_HasEveryParameterOfTheSample()
    {
        var launch = new Ec2Launch(Ubuntu, "subnet-0123456789abcdef0", "sg-0123456789abcdef0", "hostpool-node1", "hostpool-node1-7f3a", Ec2Tags.For("default", "node1", Ec2Tags.RoleInstance, new Dictionary<string, string>()))
        {
            UserData = "#cloud-config\n"u8.ToArray(),
        };
        var options = Ec2Options.From(new HostSpec { Name = "node1", Driver = "ec2" });

        var wire = Marshal(new RunInstancesRequestMarshaller().Marshall(Ec2Requests.RunInstances(launch, options)).ParameterCollection);
        var sample = Samples.Form("RunInstances");

        Assert.All(sample.Where(p => !p.Key.StartsWith("TagSpecification", StringComparison.Ordinal) && p.Key != "InstanceType"), p => Assert.Equal(p.Value, wire.GetValueOrDefault(p.Key)));
        Assert.Equal("t3.medium", wire["InstanceType"]);
        Assert.Equal("instance", wire["TagSpecification.1.ResourceType"]);
        Assert.Equal("volume", wire["TagSpecification.2.ResourceType"]);
        Assert.Equal("16", wire["BlockDeviceMapping.1.Ebs.VolumeSize"]);
        Assert.Equal("gp3", wire["BlockDeviceMapping.1.Ebs.VolumeType"]);
        Assert.Equal("required", wire["MetadataOptions.HttpTokens"]);
    }

    [Fact]
    public void ImportKeyPair_PublicKeyLine_IsSentBase64WithKeyPairTags()
    {
        var line = Encoding.ASCII.GetString(Convert.FromBase64String(Samples.Form("ImportKeyPair")["PublicKeyMaterial"])).TrimEnd('\n');

        var wire = Marshal(new ImportKeyPairRequestMarshaller().Marshall(Ec2Requests.ImportKeyPair("hostpool-node1", line, Ec2Tags.For("default", "node1", Ec2Tags.RoleKeyPair, new Dictionary<string, string>()))).ParameterCollection);

        Assert.Equal(line, Encoding.ASCII.GetString(Convert.FromBase64String(wire["PublicKeyMaterial"])));
        Assert.Equal("key-pair", wire["TagSpecification.1.ResourceType"]);
        Assert.Equal("hostpool-node1", wire["KeyName"]);
    }

    [Fact]
    public void Ingress_SourceCidr_OpensSshAndDockerAsInTheSampleAndSwarmToTheGroupOnly()
    {
        var sample = Samples.Form("AuthorizeSecurityGroupIngress");

        var rules = Ec2Requests.Ingress("sg-0123456789abcdef0", "0.0.0.0/0")
            .Select(r => Marshal(new AuthorizeSecurityGroupIngressRequestMarshaller().Marshall(r).ParameterCollection))
            .ToList();

        Assert.Equal(sample["IpPermissions.1.FromPort"], rules[0]["IpPermissions.1.FromPort"]);
        Assert.Equal(sample["IpPermissions.2.FromPort"], rules[1]["IpPermissions.1.FromPort"]);
        Assert.All(rules.Take(2), r => Assert.Equal("0.0.0.0/0", r["IpPermissions.1.IpRanges.1.CidrIp"]));
        Assert.All(rules.Skip(2), r => Assert.Equal("sg-0123456789abcdef0", r["IpPermissions.1.Groups.1.GroupId"]));
        Assert.Equal(["2377", "7946", "7946", "4789"], rules.Skip(2).Select(r => r["IpPermissions.1.FromPort"]));
    }

    [Fact]
    public void LiveInstances_TagFilter_SelectsTheSampleStatesAndShuttingDown()
    {
        var sample = Samples.Form("DescribeInstances");

        var wire = Marshal(new DescribeInstancesRequestMarshaller().Marshall(Ec2Requests.LiveInstances("tag:hostpool", "node1")).ParameterCollection);

        Assert.Equal(sample["Filter.1.Name"], wire["Filter.1.Name"]);
        Assert.Equal(sample["Filter.1.Value.1"], wire["Filter.1.Value.1"]);
        Assert.Equal(sample["Filter.2.Name"], wire["Filter.2.Name"]);
        var states = wire.Where(p => p.Key.StartsWith("Filter.2.Value.", StringComparison.Ordinal)).Select(p => p.Value).ToList();
        Assert.Superset(sample.Where(p => p.Key.StartsWith("Filter.2.Value.", StringComparison.Ordinal)).Select(p => p.Value).ToHashSet(), states.ToHashSet());
        Assert.Contains("shutting-down", states);
    }

    private static Dictionary<string, string> Marshal(Amazon.Runtime.Internal.ParameterCollection parameters) =>
        parameters.GetSortedParametersList().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
