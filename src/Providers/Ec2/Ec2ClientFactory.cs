using Amazon;
using Amazon.EC2;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.CredentialManagement;

namespace HostPool.Providers.Ec2;

/// <summary>
/// AWSSDK.EC2 clients. The SDK's own retries are off: every call goes through the driver's named retry pipeline
/// (<see cref="Ec2Calls"/>), which knows which EC2 errors are worth retrying.
/// </summary>
internal sealed class Ec2ClientFactory(Ec2DriverOptions driverOptions) : IEc2ClientFactory
{
    public IAmazonEC2 Create(Ec2Connection connection)
    {
        var config = new AmazonEC2Config
        {
            MaxErrorRetry = 0,
            Timeout = driverOptions.RequestTimeout,
        };
        if (connection.Endpoint is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString();
            config.AuthenticationRegion = connection.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(connection.Region);
        }

        return new AmazonEC2Client(Credentials(connection), config);
    }

    public static AWSCredentials Credentials(Ec2Connection connection)
    {
        if (connection.AccessKey is { } accessKey && connection.SecretKey is { } secretKey)
        {
            return new BasicAWSCredentials(accessKey, secretKey);
        }

        if (connection.Profile is { } profile)
        {
            return new CredentialProfileStoreChain().TryGetAWSCredentials(profile, out var credentials)
                ? credentials
                : throw new UsageException(
                    $"The AWS profile '{profile}' is not in the shared credentials or config file (~/.aws/credentials, ~/.aws/config). " +
                    $"Check --{Ec2Flags.Profile} or run 'aws configure --profile {profile}'.");
        }

        try
        {
            return DefaultAWSCredentialsIdentityResolver.GetCredentials();
        }
        catch (AmazonClientException exception)
        {
            throw new UsageException(
                "No AWS credentials found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, give --ec2-profile NAME for ~/.aws/credentials, " +
                $"or --{Ec2Flags.AccessKey} and --{Ec2Flags.SecretKey}. ({exception.Message})");
        }
    }
}
