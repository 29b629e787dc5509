using Amazon.Runtime;

namespace HostPool.Providers.Ec2;

/// <summary>
/// Turns an EC2 error into a <see cref="HostPoolException"/> whose message says what the user must change.
/// Errors of the user's input or account become UsageException; the rest ProviderException.
/// </summary>
internal static class Ec2ErrorMap
{
    public static HostPoolException Map(AmazonServiceException error, string action, Ec2Connection connection)
    {
        var code = error.ErrorCode ?? error.StatusCode.ToString();
        var detail = $"{action} on {connection} failed with {code}: {error.Message}";
        return code switch
        {
            "AuthFailure" or "InvalidClientTokenId" or "SignatureDoesNotMatch" or "MissingAuthenticationToken" or "UnrecognizedClientException" =>
                new UsageException($"{detail} Check the AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, --{Ec2Flags.Profile}) and the system clock."),
            "UnauthorizedOperation" =>
                new UsageException($"{detail} Grant the credentials' IAM identity ec2:{action} (see docs/ec2.md for the policy hostpool needs)."),
            "OptInRequired" =>
                new UsageException($"{detail} Enable EC2 for this account or region in the AWS console, or choose another --{Ec2Flags.Region}."),
            "InvalidAMIID.NotFound" or "InvalidAMIID.Malformed" or "InvalidAMIID.Unavailable" =>
                new UsageException($"{detail} Give an image that exists in {connection.Region} with --{Ec2Flags.Ami}, or leave it out to use the current Ubuntu LTS."),
            Ec2ErrorCodes.Capacity or "InsufficientHostCapacity" =>
                new ProviderException($"{detail} AWS has no capacity for this instance type in that zone right now: try another --{Ec2Flags.InstanceType}, or --{Ec2Flags.SubnetId} in another availability zone.", error),
            "InsufficientAddressCapacity" =>
                new ProviderException($"{detail} No public addresses left in that zone: try --{Ec2Flags.SubnetId} in another zone or --{Ec2Flags.PrivateAddressOnly}.", error),
            "VcpuLimitExceeded" or "InstanceLimitExceeded" or "MaxSpotInstanceCountExceeded" =>
                new UsageException($"{detail} The account's quota is used up: remove hosts, choose a smaller --{Ec2Flags.InstanceType}, or ask AWS for a higher quota (Service Quotas console)."),
            "InvalidParameterValue" or "InvalidParameterCombination" or "InvalidParameter" or "Unsupported" =>
                new UsageException($"{detail} Check the ec2 flags (instance type, image and subnet must suit each other; see 'hostpool create --help')."),
            "InvalidSubnetID.NotFound" or "InvalidVpcID.NotFound" =>
                new UsageException($"{detail} Check --{Ec2Flags.SubnetId} / --{Ec2Flags.VpcId}: they must exist in {connection.Region}."),
            "InvalidKeyPair.Duplicate" or "InvalidGroup.Duplicate" or "IdempotentParameterMismatch" =>
                new ConflictException($"{detail} A resource of the same name exists; run 'hostpool gc --driver ec2' to remove leftovers, then try again.", error),
            Ec2ErrorCodes.Throttling =>
                new ProviderException($"{detail} EC2 kept throttling after retries; wait a minute and try again, or create fewer hosts at once.", error),
            _ when (int)error.StatusCode >= 500 =>
                new ProviderException($"{detail} EC2 kept failing after retries; try again later (https://health.aws.amazon.com).", error),
            _ => new ProviderException($"{detail} Check the request and try again.", error),
        };
    }
}
