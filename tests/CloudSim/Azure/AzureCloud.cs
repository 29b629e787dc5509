using System.Collections.Concurrent;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.Azure;

/// <summary>
/// The simulator's state: resource groups, resources (keyed by lower-case ARM id), long-running operations and the
/// background work that finishes them. Everything is changed under <see cref="Gate"/>; backend calls run outside it.
/// </summary>
internal sealed class AzureCloud(AzureSimOptions options, IMachineBackend backend, TimeProvider time) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Task, bool> _work = new();
    private readonly CancellationTokenSource _stopping = new();

    public Lock Gate { get; } = new();

    public AzureSimOptions Options { get; } = options;

    public IMachineBackend Backend { get; } = backend;

    public TimeProvider Time { get; } = time;

    public Dictionary<string, SimResourceGroup> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, SimResource> Resources { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, SimOperation> Operations { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string GroupId(string group) => $"/subscriptions/{Options.SubscriptionId}/resourceGroups/{group}";

    public SimResource? Find(string id)
    {
        lock (Gate)
        {
            return Resources.GetValueOrDefault(id);
        }
    }

    public bool GroupExists(string group)
    {
        lock (Gate)
        {
            return Groups.ContainsKey(group);
        }
    }

    /// <summary>A new operation in progress (caller holds no lock).</summary>
    public SimOperation NewOperation()
    {
        var operation = new SimOperation(Guid.NewGuid().ToString(), Time.GetUtcNow());
        lock (Gate)
        {
            Operations[operation.Id] = operation;
        }

        return operation;
    }

    /// <summary>An operation that is already over.</summary>
    public SimOperation DoneOperation()
    {
        var operation = NewOperation();
        operation.Succeed(Time.GetUtcNow());
        return operation;
    }

    /// <summary>201/202 with Azure-AsyncOperation (and Location when <paramref name="location"/>) pointing at the operation.</summary>
    public SimResponse Accepted(SimResponse response, ArmRequest request, string providerNamespace, string location, SimOperation operation, bool withLocation)
    {
        var root = $"{request.BaseUrl}/subscriptions/{Options.SubscriptionId}/providers/{providerNamespace}/locations/{location}";
        var version = Uri.EscapeDataString(request.ApiVersion);
        response.Headers["Azure-AsyncOperation"] = $"{root}/operations/{operation.Id}?api-version={version}";
        if (withLocation)
        {
            response.Headers["Location"] = $"{root}/operationResults/{operation.Id}?api-version={version}";
        }

        return response;
    }

    /// <summary>Runs an operation's work in the background: the backend's part, then the transition time; failures fail the operation.</summary>
    public void Run(SimOperation operation, Func<CancellationToken, Task> work, Action<Exception>? failed = null)
    {
        var task = Task.Run(async () =>
        {
            try
            {
                await work(_stopping.Token);
                await Task.Delay(Options.TransitionTime, Time, _stopping.Token);
                lock (Gate)
                {
                    operation.Succeed(Time.GetUtcNow());
                }
            }
            catch (Exception error)
            {
                lock (Gate)
                {
                    failed?.Invoke(error);
                    if (operation.Status == "InProgress")
                    {
                        operation.Fail("InternalServerError", error.Message, Time.GetUtcNow());
                    }
                }
            }
        });
        _work[task] = true;
        task.ContinueWith(t => _work.TryRemove(t, out _), TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_work.Keys);
        }
        catch (OperationCanceledException)
        {
            // Work cut short by the stop; machines still held are removed by the backend's own disposal.
        }

        _stopping.Dispose();
    }
}
