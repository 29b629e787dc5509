using System.Collections.Concurrent;
using HostPool.Providers.Drivers;
using HostPool.Providers.Model;

namespace HostPool.Providers.Tests.Hosts.Fakes;

/// <summary>
/// A driver whose "provider" is an in-memory set of live resources: create makes and journals
/// <see cref="ResourcesPerCreate"/> of them, remove deletes the journaled ones. Guards cluster ports like the local
/// driver, remembering the peers each host was last given. Failures can be injected.
/// </summary>
internal sealed class FakeDriver : IHostDriver, IClusterPortGuard
{
    private readonly HashSet<string> _live = [];

    public string Name => "fake";

    public DriverCapabilities Capabilities { get; init; } = DriverCapabilities.Lifecycle | DriverCapabilities.OwnsMachine;

    public IReadOnlyList<DriverFlag> Flags { get; } =
    [
        new("fake-size", "Size."),
        new("fake-token", "API token.") { IsSecret = true },
    ];

    public int ResourcesPerCreate { get; init; } = 3;

    /// <summary>Throw after this many resources exist (null: never).</summary>
    public int? FailAfterResources { get; init; }

    /// <summary>Cancel the given source after this many resources exist (simulates Ctrl-C mid-create).</summary>
    public (int After, CancellationTokenSource Source)? CancelAfterResources { get; init; }

    public bool FailRemove { get; set; }

    public string Address { get; set; } = "192.0.2.10";

    public IReadOnlyCollection<string> Live => _live;

    /// <summary>Per host, the peers its cluster ports were last opened to.</summary>
    public ConcurrentDictionary<string, IReadOnlyCollection<string>> ClusterPeers { get; } = new(StringComparer.Ordinal);

    /// <summary>Hosts whose cluster port rules cannot be written.</summary>
    public HashSet<string> FailClusterPorts { get; } = new(StringComparer.Ordinal);

    public Task PreflightAsync(HostSpec spec, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<MachineHandle> CreateAsync(HostSpec spec, IResourceJournal journal, IProgress<string> progress, CancellationToken cancellationToken)
    {
        for (var i = 1; i <= ResourcesPerCreate; i++)
        {
            progress.Report($"making resource {i}");
            var id = $"{spec.Name}/r{i}";
            lock (_live)
            {
                _live.Add(id);
            }

            await journal.RecordAsync(new ResourceRef("thing", id), cancellationToken);
            if (FailAfterResources == i)
            {
                throw new ProviderException($"the provider refused resource {i}");
            }

            if (CancelAfterResources is { } cancel && cancel.After == i)
            {
                await cancel.Source.CancelAsync();
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        return new MachineHandle
        {
            Ssh = new SshEndpoint(Address, 22, "root", $"machines/{spec.Name}/id_ed25519"),
            PublicAddress = Address,
            ProviderId = spec.Name,
        };
    }

    public Task<MachineStatus> GetStatusAsync(HostRecord host, CancellationToken cancellationToken) =>
        Task.FromResult(new MachineStatus(MachineState.Running, Address));

    public Task StartAsync(HostRecord host, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(HostRecord host, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RestartAsync(HostRecord host, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task KillAsync(HostRecord host, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AllowClusterPeersAsync(HostRecord host, IReadOnlyCollection<string> peers, CancellationToken cancellationToken)
    {
        if (FailClusterPorts.Contains(host.Name))
        {
            throw new ProviderException("iptables-restore failed (exit 4)");
        }

        ClusterPeers[host.Name] = [.. peers.Order(StringComparer.Ordinal)];
        return Task.CompletedTask;
    }

    public Task RemoveAsync(HostRecord host, CancellationToken cancellationToken)
    {
        if (FailRemove)
        {
            throw new ProviderException("the provider cannot be reached");
        }

        lock (_live)
        {
            foreach (var resource in host.Resources)
            {
                _live.Remove(resource.Id);
            }
        }

        return Task.CompletedTask;
    }
}
