using System.CommandLine;
using HostPool.Providers.Store;
using Microsoft.Extensions.DependencyInjection;

namespace HostPool.Cli.Commands.Pool;

/// <summary>
/// The pool lock around a command that changes projects (deploy, down, ...): adds <c>--lock-wait</c> to the
/// command, and holds the lock of every pool the command touches while its action runs, released in finally.
/// With <c>--pool</c> that pool; without, every pool of the store ("default" when there is none), taken in name order.
/// A <c>--dry-run</c> changes nothing and takes no lock.
/// </summary>
internal sealed class PoolLockGuard
{
    private readonly CliEnvironment _environment;
    private readonly Option<TimeSpan> _wait = DurationOption.Create(
        "--lock-wait", "How long to wait while another command holds the pool's lock, e.g. 30s or 5m (default 0: fail at once).");

    private PoolLockGuard(CliEnvironment environment) => _environment = environment;

    public static PoolLockGuard AddTo(Command command, CliEnvironment environment)
    {
        var guard = new PoolLockGuard(environment);
        command.Options.Add(guard._wait);
        return guard;
    }

    /// <summary>Runs <paramref name="action"/> holding the lock; the lock's message is "<paramref name="verb"/> <paramref name="project"/>".</summary>
    public async Task<T> HoldAsync<T>(ParseResult parse, string? pool, string verb, string project, Func<Task<T>> action, CancellationToken cancellationToken)
    {
        _environment.AuditTarget.Name = project;
        if (DryRun.IsSet(parse))
        {
            return await action();
        }

        var locks = _environment.Services.GetRequiredService<IPoolLock>();
        var leases = new List<IPoolLockLease>();
        try
        {
            foreach (var name in pool is null ? await StorePoolsAsync(cancellationToken) : [pool])
            {
                var lease = await locks.AcquireAsync(name, ProcessIdentity.Current(), $"{verb} {project}", parse.GetValue(_wait), cancellationToken);
                leases.Add(lease);
                if (lease.TakenOverFrom is { } stale)
                {
                    await _environment.Error.WriteLineAsync(
                        $"warning: took over the lock of pool '{name}' from {stale.Holder} (since {PoolLockText.Time(stale.AcquiredAt)}, \"{stale.Message}\"): that process is no longer running.");
                }
            }

            return await action();
        }
        finally
        {
            for (var i = leases.Count - 1; i >= 0; i--)
            {
                await leases[i].DisposeAsync();
            }
        }
    }

    private async Task<IReadOnlyList<string>> StorePoolsAsync(CancellationToken cancellationToken)
    {
        var hosts = await _environment.Services.GetRequiredService<IHostStore>().ListAsync(cancellationToken);
        var pools = hosts.Select(h => h.Pool).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return pools.Count == 0 ? ["default"] : pools;
    }
}
