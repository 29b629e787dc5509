namespace HostPool.Providers.Ec2;

/// <summary>
/// Finds and deletes EC2 resources tagged by hostpool (hostpool:pool) that no host record owns, e.g. after a create
/// was killed outright. A resource is owned when a host record that is not still <c>Creating</c> journals it, or,
/// for a pool's security group, when any such record of the pool uses it. Resources of records left in
/// <c>Creating</c> are offered too (those creates were interrupted); run gc only while no create is in progress.
/// </summary>
public interface IEc2GarbageCollector
{
    Task<IReadOnlyList<Ec2Orphan>> FindAsync(Ec2Connection connection, CancellationToken cancellationToken);

    /// <summary>Deletes the given orphans: instances first (waiting for them to terminate), then key pairs, then security groups no instance uses.</summary>
    Task<Ec2GcResult> DeleteAsync(Ec2Connection connection, IReadOnlyList<Ec2Orphan> orphans, CancellationToken cancellationToken);
}
