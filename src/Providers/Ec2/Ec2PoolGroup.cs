using Amazon.EC2.Model;
using Amazon.Runtime;
using Polly;
using Polly.Retry;

namespace HostPool.Providers.Ec2;

/// <summary>
/// The pool's one security group ("hostpool-POOL" in the VPC): made by the pool's first host, given SSH and Docker TLS
/// from the source range and Swarm between its members, and deleted with the pool's last host.
/// </summary>
internal sealed class Ec2PoolGroup(Ec2DriverOptions options, TimeProvider time)
{
    public const string DependencyPipelineName = "hostpool-ec2-group-dependency";

    public static string NameFor(string pool) => $"hostpool-{pool}";

    /// <summary>The group's id, made if missing (a concurrent create of the same group is looked up instead); its rules ensured.</summary>
    public async Task<(string GroupId, bool Created)> EnsureAsync(
        Ec2Calls calls, string pool, string vpcId, string sourceCidr, IReadOnlyDictionary<string, string> extraTags, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(calls, pool, vpcId, cancellationToken);
        var created = false;
        if (existing is null)
        {
            try
            {
                var tags = Ec2Tags.For(pool, null, Ec2Tags.RoleSecurityGroup, extraTags);
                var response = await calls.RunAsync(
                    "CreateSecurityGroup", (c, t) => c.CreateSecurityGroupAsync(Ec2Requests.CreateSecurityGroup(NameFor(pool), pool, vpcId, tags), t), cancellationToken);
                existing = response.GroupId;
                created = true;
            }
            catch (ConflictException)
            {
                existing = await FindAsync(calls, pool, vpcId, cancellationToken)
                    ?? throw new ProviderException($"Security group {NameFor(pool)} was reported to exist but cannot be found in {vpcId}; try again.");
            }
        }

        foreach (var rule in Ec2Requests.Ingress(existing, sourceCidr))
        {
            await AuthorizeAsync(calls, rule, cancellationToken);
        }

        return (existing, created);
    }

    /// <summary>Deletes the group unless an instance that is not terminated still uses it; true when it is gone.</summary>
    public async Task<bool> DeleteIfUnusedAsync(Ec2Calls calls, string groupId, CancellationToken cancellationToken)
    {
        if (await InUseAsync(calls, groupId, cancellationToken))
        {
            return false;
        }

        var pipeline = new ResiliencePipelineBuilder { Name = DependencyPipelineName, TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                Name = DependencyPipelineName,
                MaxRetryAttempts = options.WaitAttempts,
                Delay = options.WaitInterval / 3,
                BackoffType = DelayBackoffType.Constant,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is AmazonServiceException { ErrorCode: "DependencyViolation" }
                    || (args.Outcome.Exception is { } error && Ec2ErrorCodes.IsTransient(error))),
            })
            .Build();
        try
        {
            await pipeline.ExecuteAsync(
                async token => await calls.Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = groupId }, token),
                cancellationToken);
            return true;
        }
        catch (AmazonServiceException error) when (Ec2ErrorCodes.IsNotFound(error))
        {
            return true;
        }
        catch (AmazonServiceException error) when (error.ErrorCode == "DependencyViolation")
        {
            return await InUseAsync(calls, groupId, cancellationToken)
                ? false
                : throw new ProviderException($"Security group {groupId} still has dependents though no instance uses it; run 'hostpool rm' or 'hostpool gc --driver ec2' again shortly.", error);
        }
        catch (AmazonServiceException error) when (Ec2ErrorCodes.IsTransient(error))
        {
            throw Ec2ErrorMap.Map(error, "DeleteSecurityGroup", calls.Connection);
        }
    }

    public static async Task<bool> InUseAsync(Ec2Calls calls, string groupId, CancellationToken cancellationToken)
    {
        var users = await calls.RunAsync(
            "DescribeInstances", (c, t) => c.DescribeInstancesAsync(Ec2Requests.LiveInstances("instance.group-id", groupId), t), cancellationToken);
        return users.Reservations?.Any(r => r.Instances?.Count > 0) == true;
    }

    private static async Task<string?> FindAsync(Ec2Calls calls, string pool, string vpcId, CancellationToken cancellationToken)
    {
        var response = await calls.RunAsync(
            "DescribeSecurityGroups",
            (c, t) => c.DescribeSecurityGroupsAsync(
                new DescribeSecurityGroupsRequest { Filters = [new Filter("group-name", [NameFor(pool)]), new Filter("vpc-id", [vpcId])] }, t),
            cancellationToken);
        return response.SecurityGroups?.FirstOrDefault()?.GroupId;
    }

    private static async Task AuthorizeAsync(Ec2Calls calls, AuthorizeSecurityGroupIngressRequest rule, CancellationToken cancellationToken)
    {
        try
        {
            await calls.RunAsync("AuthorizeSecurityGroupIngress", (c, t) => c.AuthorizeSecurityGroupIngressAsync(rule, t), cancellationToken);
        }
        catch (ProviderException error) when (error.InnerException is AmazonServiceException { ErrorCode: "InvalidPermission.Duplicate" })
        {
            // The rule is already there (the group existed, or a concurrent create of the pool added it).
        }
    }
}
