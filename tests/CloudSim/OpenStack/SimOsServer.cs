using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// A simulated Nova server. Its status moves as server_concepts.rst describes (BUILD -> ACTIVE, ACTIVE -> SHUTOFF ->
/// ACTIVE, REBOOT -> ACTIVE; a failed build goes to ERROR with a fault) once the backend's work has finished and the
/// transition time has passed; a deleted server keeps task_state "deleting" until its machine is gone, then is no
/// longer known. Only the owning <see cref="OsCloud"/> touches it, under its lock.
/// </summary>
internal sealed class SimOsServer(string id, string name, SimOsFlavor flavor, SimOsImage image, string networkId, DateTimeOffset createdAt)
{
    private Task _work = Task.CompletedTask;
    private DateTimeOffset _notBefore;
    private string? _next;
    private string? _failure;

    public string Id { get; } = id;

    public string Name { get; } = name;

    public SimOsFlavor Flavor { get; } = flavor;

    public SimOsImage Image { get; } = image;

    public string NetworkId { get; } = networkId;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; private set; } = createdAt;

    public string? KeyName { get; init; }

    public IReadOnlyList<string> SecurityGroups { get; init; } = [];

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public List<string> Tags { get; init; } = [];

    public string Status { get; private set; } = "BUILD";

    public string? TaskState { get; private set; } = "spawning";

    /// <summary>Nova's fault of a server in ERROR: code, message, when.</summary>
    public (int Code, string Message, DateTimeOffset Created)? Fault { get; private set; }

    public bool Deleting { get; private set; }

    /// <summary>True once a deleted server's machine is gone: the API no longer knows it.</summary>
    public bool Gone { get; private set; }

    public SimMachine? Machine { get; set; }

    /// <summary>Starts a change: <paramref name="work"/> runs after the previous work; then the status becomes <paramref name="next"/>.</summary>
    public void Begin(string status, string taskState, string next, Func<Task, Task> work, DateTimeOffset notBefore)
    {
        Status = status;
        TaskState = taskState;
        _next = next;
        _notBefore = notBefore;
        _work = work(_work);
        UpdatedAt = notBefore;
    }

    /// <summary>The build fails at <paramref name="notBefore"/> with this fault message (the scheduler found no host).</summary>
    public void Fail(string message, DateTimeOffset notBefore)
    {
        _failure = message;
        _notBefore = notBefore;
    }

    public void Delete(Func<Task, Task> work, DateTimeOffset notBefore)
    {
        Deleting = true;
        TaskState = "deleting";
        _notBefore = notBefore;
        _work = work(_work);
    }

    /// <summary>Applies the transition that is due at <paramref name="now"/>.</summary>
    public void Advance(DateTimeOffset now)
    {
        if (!_work.IsCompleted || now < _notBefore || (_next is null && _failure is null && !Deleting))
        {
            return;
        }

        if (Deleting)
        {
            Gone = true;
            return;
        }

        var failure = _failure ?? (_work.IsFaulted ? $"Build of instance {Id} aborted: {_work.Exception!.InnerException!.Message}" : Machine is null ? $"Build of instance {Id} aborted: no machine." : null);
        if (failure is not null && Status == "BUILD")
        {
            Status = "ERROR";
            Fault = (500, failure, now);
        }
        else if (failure is null)
        {
            Status = _next!;
        }

        TaskState = null;
        _next = null;
        _failure = null;
        UpdatedAt = now;
    }
}
