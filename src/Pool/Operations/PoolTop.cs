using Docker.DotNet.Models;
using HostPool.Pool.Deploy;
using HostPool.Pool.Membership;
using HostPool.Providers.Engine;

namespace HostPool.Pool.Operations;

/// <summary>
/// Reads the live pool, then one stats sample of every running hostpool container, all at once. A sample
/// without streaming makes the engine take two readings about a second apart, which is what a cpu rate needs.
/// </summary>
internal sealed class PoolTop(ILivePool pool, IEngineClientFactory engines) : IPoolTop
{
    public async Task<IReadOnlyList<HostUsage>> ReadAsync(string? poolName, CancellationToken cancellationToken)
    {
        var hosts = await pool.ReadAsync(poolName, cancellationToken);
        return await Task.WhenAll(hosts.Select(host => HostAsync(host, cancellationToken)));
    }

    private async Task<HostUsage> HostAsync(PoolHostView host, CancellationToken cancellationToken)
    {
        if (!host.Answers)
        {
            return UsageArithmetic.Sum(host, []);
        }

        using var engine = engines.Create(host.Record);
        var used = await Task.WhenAll(host.Containers.Where(UsageArithmetic.IsRunning).Select(c => SampleAsync(engine, c, cancellationToken)));
        return UsageArithmetic.Sum(host, used);
    }

    private static async Task<ContainerUsage> SampleAsync(Docker.DotNet.IDockerClient engine, ProjectContainer container, CancellationToken cancellationToken)
    {
        var sample = new LastReport<ContainerStatsResponse>();
        try
        {
            await engine.Containers.GetContainerStatsAsync(
                container.Id,
                new ContainerStatsParameters { Stream = false },
                sample,
                cancellationToken);
        }
        catch (Exception exception) when (EngineFailure.Is(exception))
        {
            // A container that stopped between the listing and its sample uses nothing.
            return ContainerUsage.None;
        }

        return sample.Value is null ? ContainerUsage.None : UsageArithmetic.Of(sample.Value);
    }
}
