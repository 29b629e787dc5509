using Amazon.EC2.Model;
using HostPool.Providers.Model;
using HostPool.Providers.Store;

namespace HostPool.Providers.Ec2;

internal sealed class Ec2GarbageCollector(IHostStore store, Ec2Services services) : IEc2GarbageCollector
{
    private static readonly Filter Tagged = new("tag-key", [Ec2Tags.Pool]);

    public async Task<IReadOnlyList<Ec2Orphan>> FindAsync(Ec2Connection connection, CancellationToken cancellationToken)
    {
        var calls = services.Connect(connection);
        var owners = (await store.ListAsync(cancellationToken))
            .Where(h => h.Driver == Ec2Driver.DriverName && h.State is not HostState.Creating)
            .ToList();
        var owned = owners.SelectMany(h => h.Resources.Select(r => r.Id)).Concat(owners.Select(h => h.ProviderId ?? "")).ToHashSet(StringComparer.Ordinal);
        var ownedGroups = owners.Select(h => h.ProviderData.GetValueOrDefault(Ec2ResourceKinds.DataSecurityGroup)).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var orphans = new List<Ec2Orphan>();
        var instances = await calls.RunAsync(
            "DescribeInstances",
            (c, t) => c.DescribeInstancesAsync(new DescribeInstancesRequest { Filters = [Tagged, Ec2Requests.LiveInstances("tag-key", Ec2Tags.Pool).Filters[1]] }, t),
            cancellationToken);
        orphans.AddRange(instances.Reservations?.SelectMany(r => r.Instances ?? [])
            .Where(i => !owned.Contains(i.InstanceId))
            .Select(i => new Ec2Orphan("instance", i.InstanceId, Ec2Tags.Value(i.Tags, Ec2Tags.Pool) ?? "", Ec2Tags.Value(i.Tags, Ec2Tags.Host), $"{i.State?.Name?.Value} {i.InstanceType?.Value}")) ?? []);

        var keys = await calls.RunAsync("DescribeKeyPairs", (c, t) => c.DescribeKeyPairsAsync(new DescribeKeyPairsRequest { Filters = [Tagged] }, t), cancellationToken);
        orphans.AddRange(keys.KeyPairs?.Where(k => !owned.Contains(k.KeyPairId))
            .Select(k => new Ec2Orphan("key-pair", k.KeyPairId, Ec2Tags.Value(k.Tags, Ec2Tags.Pool) ?? "", Ec2Tags.Value(k.Tags, Ec2Tags.Host), k.KeyName)) ?? []);

        var groups = await calls.RunAsync(
            "DescribeSecurityGroups", (c, t) => c.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = [Tagged] }, t), cancellationToken);
        orphans.AddRange(groups.SecurityGroups?.Where(g => !ownedGroups.Contains(g.GroupId))
            .Select(g => new Ec2Orphan("security-group", g.GroupId, Ec2Tags.Value(g.Tags, Ec2Tags.Pool) ?? "", null, g.GroupName)) ?? []);
        return orphans;
    }

    public async Task<Ec2GcResult> DeleteAsync(Ec2Connection connection, IReadOnlyList<Ec2Orphan> orphans, CancellationToken cancellationToken)
    {
        var calls = services.Connect(connection);
        var deleted = new List<Ec2Orphan>();
        var kept = new List<(Ec2Orphan, string)>();
        var instances = orphans.Where(o => o.Kind == "instance").ToList();
        await new Ec2Removal(services).TerminateAsync(calls, [.. instances.Select(i => i.Id)], cancellationToken);
        deleted.AddRange(instances);

        foreach (var key in orphans.Where(o => o.Kind == "key-pair"))
        {
            await calls.RunOrMissingAsync("DeleteKeyPair", (c, t) => c.DeleteKeyPairAsync(new DeleteKeyPairRequest { KeyPairId = key.Id }, t), cancellationToken);
            deleted.Add(key);
        }

        foreach (var group in orphans.Where(o => o.Kind == "security-group"))
        {
            if (await services.PoolGroup.DeleteIfUnusedAsync(calls, group.Id, cancellationToken))
            {
                deleted.Add(group);
            }
            else
            {
                kept.Add((group, "an instance still uses it"));
            }
        }

        return new Ec2GcResult(deleted, kept);
    }
}
