using HostPool.Providers.Drivers;
using HostPool.Providers.Model;

namespace HostPool.Integration.Tests.Support;

/// <summary>
/// A journal kept in memory, as the store would keep it. It can fail on purpose right after recording a given
/// kind of resource, to test rollback of an interrupted create.
/// </summary>
public sealed class RecordingJournal : IResourceJournal
{
    private readonly List<ResourceRef> _resources = [];
    private readonly Dictionary<string, string> _data = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>When set, RecordAsync records a resource of this kind and then throws.</summary>
    public string? FailAfterKind { get; init; }

    /// <summary>When set, called after each resource is recorded (e.g. to cancel the create).</summary>
    public Action<ResourceRef>? OnRecorded { get; init; }

    public IReadOnlyList<ResourceRef> Resources
    {
        get
        {
            lock (_gate)
            {
                return [.. _resources];
            }
        }
    }

    public IReadOnlyDictionary<string, string> ProviderData
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, string>(_data, StringComparer.Ordinal);
            }
        }
    }

    public Task RecordAsync(ResourceRef resource, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _resources.Add(resource);
        }

        OnRecorded?.Invoke(resource);
        if (resource.Kind == FailAfterKind)
        {
            throw new IOException($"The store failed while recording {resource.Kind} {resource.Id}.");
        }

        return Task.CompletedTask;
    }

    public Task SetProviderDataAsync(string key, string value, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _data[key] = value;
        }

        return Task.CompletedTask;
    }
}
