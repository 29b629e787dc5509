using HostPool.Providers.Drivers;
using HostPool.Providers.Model;

namespace HostPool.Integration.Tests.Cli;

/// <summary>
/// Wraps the real local driver and remembers every resource it journals, so a test can check each one is
/// gone afterwards; can call <see cref="OnRecorded"/> for each (e.g. to press Ctrl-C at a chosen moment).
/// </summary>
internal sealed class ObservedLocalDriver(IHostDriver inner) : IHostDriver
{
    private readonly List<ResourceRef> _journaled = [];

    public Action<ResourceRef>? OnRecorded { get; set; }

    public IReadOnlyList<ResourceRef> Journaled
    {
        get
        {
            lock (_journaled)
            {
                return [.. _journaled];
            }
        }
    }

    public string Name => inner.Name;

    public DriverCapabilities Capabilities => inner.Capabilities;

    public IReadOnlyList<DriverFlag> Flags => inner.Flags;

    public Task PreflightAsync(HostSpec spec, CancellationToken cancellationToken) => inner.PreflightAsync(spec, cancellationToken);

    public Task<MachineHandle> CreateAsync(HostSpec spec, IResourceJournal journal, IProgress<string> progress, CancellationToken cancellationToken) =>
        inner.CreateAsync(spec, new Tap(journal, this), progress, cancellationToken);

    public Task<MachineStatus> GetStatusAsync(HostRecord host, CancellationToken cancellationToken) => inner.GetStatusAsync(host, cancellationToken);

    public Task StartAsync(HostRecord host, CancellationToken cancellationToken) => inner.StartAsync(host, cancellationToken);

    public Task StopAsync(HostRecord host, CancellationToken cancellationToken) => inner.StopAsync(host, cancellationToken);

    public Task RestartAsync(HostRecord host, CancellationToken cancellationToken) => inner.RestartAsync(host, cancellationToken);

    public Task KillAsync(HostRecord host, CancellationToken cancellationToken) => inner.KillAsync(host, cancellationToken);

    public Task RemoveAsync(HostRecord host, CancellationToken cancellationToken) => inner.RemoveAsync(host, cancellationToken);

    private sealed class Tap(IResourceJournal journal, ObservedLocalDriver owner) : IResourceJournal
    {
        public async Task RecordAsync(ResourceRef resource, CancellationToken cancellationToken)
        {
            await journal.RecordAsync(resource, cancellationToken);
            lock (owner._journaled)
            {
                owner._journaled.Add(resource);
            }

            owner.OnRecorded?.Invoke(resource);
        }

        public Task SetProviderDataAsync(string key, string value, CancellationToken cancellationToken) =>
            journal.SetProviderDataAsync(key, value, cancellationToken);
    }
}
