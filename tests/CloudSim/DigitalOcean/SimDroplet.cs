using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>
/// A simulated droplet. Its status moves as on DigitalOcean (new -> active, active -> off -> active) when the backend's
/// work for the current action has finished and the transition time has passed; a deleted droplet is answered until
/// its machine is gone, then no longer known. Only the owning <see cref="DoCloud"/> touches it, under its lock.
/// </summary>
internal sealed class SimDroplet(long id, string name, string region, SimDoSize size, SimDoImage image, DateTimeOffset createdAt)
{
    private Task _work = Task.CompletedTask;
    private DateTimeOffset _notBefore;
    private SimDoAction? _action;
    private string? _next;

    public long Id { get; } = id;

    public string Name { get; } = name;

    public string Region { get; } = region;

    public SimDoSize Size { get; } = size;

    public SimDoImage Image { get; } = image;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public List<string> Tags { get; init; } = [];

    public List<string> Features { get; init; } = [];

    public string Status { get; private set; } = "new";

    public bool Deleting { get; private set; }

    /// <summary>True once a deleted droplet's machine is gone: the API no longer knows it.</summary>
    public bool Gone { get; private set; }

    public SimMachine? Machine { get; set; }

    public bool Locked => _action is not null;

    /// <summary>Starts <paramref name="action"/>: <paramref name="work"/> runs after the previous work; then the status becomes <paramref name="next"/>.</summary>
    public void Begin(SimDoAction? action, string? next, Func<Task, Task> work, DateTimeOffset notBefore)
    {
        _action?.Finish(succeeded: false, notBefore);
        _action = action;
        _next = next;
        _notBefore = notBefore;
        _work = work(_work);
    }

    public void Delete(Func<Task, Task> work, DateTimeOffset notBefore)
    {
        Deleting = true;
        Begin(null, null, work, notBefore);
    }

    /// <summary>Applies the transition that is due at <paramref name="now"/>.</summary>
    public void Advance(DateTimeOffset now)
    {
        if (!_work.IsCompleted || now < _notBefore)
        {
            return;
        }

        if (Deleting)
        {
            Gone = true;
            return;
        }

        var failed = _work.IsFaulted || Machine is null;
        _action?.Finish(!failed, now);
        if (!failed && _next is not null)
        {
            Status = _next;
        }

        _action = null;
        _next = null;
    }
}
