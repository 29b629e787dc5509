using Amazon.EC2.Model;
using HostPool.Providers.Model;

namespace HostPool.Providers.Ec2;

/// <summary>
/// Removes a host's EC2 resources: its instances (journaled, or found by the create's client token when the answer
/// to RunInstances was lost) terminated and waited for, its key pair, and the pool's security group when no other
/// instance uses it. Anything already gone counts as removed, so this is rollback, `rm`, and safe to repeat.
/// </summary>
internal sealed class Ec2Removal(Ec2Services services)
{
    public async Task RemoveAsync(HostRecord host, CancellationToken cancellationToken)
    {
        if (host.Resources.Count == 0 && host.ProviderData.Count == 0)
        {
            return;
        }

        var calls = services.Connect(Ec2Options.ConnectionOf(host));
        var instances = host.Resources.Where(r => r.Kind == Ec2ResourceKinds.Instance).Select(r => r.Id).ToList();
        if (host.ProviderData.GetValueOrDefault(Ec2ResourceKinds.DataClientToken) is { } token)
        {
            instances.AddRange(await LiveInstancesAsync(calls, "client-token", token, cancellationToken));
        }

        await TerminateAsync(calls, instances.Distinct().ToList(), cancellationToken);

        foreach (var resource in host.Resources.Reverse())
        {
            switch (resource.Kind)
            {
                case Ec2ResourceKinds.KeyPair:
                    await calls.RunOrMissingAsync("DeleteKeyPair", (c, t) => c.DeleteKeyPairAsync(new DeleteKeyPairRequest { KeyPairId = resource.Id }, t), cancellationToken);
                    break;
                case Ec2ResourceKinds.SecurityGroup:
                    await services.PoolGroup.DeleteIfUnusedAsync(calls, resource.Id, cancellationToken);
                    break;
            }
        }

        if (host.ProviderData.GetValueOrDefault(Ec2ResourceKinds.DataKeyName) is { } keyName)
        {
            await calls.RunOrMissingAsync("DeleteKeyPair", (c, t) => c.DeleteKeyPairAsync(new DeleteKeyPairRequest { KeyName = keyName }, t), cancellationToken);
        }
    }

    /// <summary>Terminates the instances and waits until each is terminated (or gone).</summary>
    public async Task TerminateAsync(Ec2Calls calls, IReadOnlyList<string> instanceIds, CancellationToken cancellationToken)
    {
        foreach (var instanceId in instanceIds)
        {
            await calls.RunOrMissingAsync(
                "TerminateInstances", (c, t) => c.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [instanceId] }, t), cancellationToken);
        }

        foreach (var instanceId in instanceIds)
        {
            await services.Waits.WaitAsync(calls, instanceId, Ec2Waiter.InstanceTerminated with { Failure = [] }, cancellationToken);
        }
    }

    public static async Task<IReadOnlyList<string>> LiveInstancesAsync(Ec2Calls calls, string filter, string value, CancellationToken cancellationToken)
    {
        var response = await calls.RunAsync(
            "DescribeInstances", (c, t) => c.DescribeInstancesAsync(Ec2Requests.LiveInstances(filter, value), t), cancellationToken);
        return [.. response.Reservations?.SelectMany(r => r.Instances ?? []).Select(i => i.InstanceId) ?? []];
    }
}
