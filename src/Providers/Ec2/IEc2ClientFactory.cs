using Amazon.EC2;

namespace HostPool.Providers.Ec2;

/// <summary>Makes EC2 clients for a connection (credentials resolved here, never stored).</summary>
internal interface IEc2ClientFactory
{
    IAmazonEC2 Create(Ec2Connection connection);
}
