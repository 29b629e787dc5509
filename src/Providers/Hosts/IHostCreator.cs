using HostPool.Providers.Model;

namespace HostPool.Providers.Hosts;

/// <summary>
/// Creates hosts transactionally: a Creating record is saved before anything is made, each resource is
/// journaled as it appears, and any failure or cancellation removes what was made before the error surfaces.
/// </summary>
public interface IHostCreator
{
    Task<HostRecord> CreateAsync(HostSpec spec, IProgress<HostProgress> progress, CancellationToken cancellationToken);
}
