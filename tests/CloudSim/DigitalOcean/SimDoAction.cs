namespace HostPool.CloudSim.DigitalOcean;

/// <summary>An action on a droplet: in-progress until the droplet's work for it is done and the transition time passed.</summary>
internal sealed class SimDoAction(long id, string type, long dropletId, string region, DateTimeOffset startedAt)
{
    public long Id { get; } = id;

    public string Type { get; } = type;

    public long DropletId { get; } = dropletId;

    public string Region { get; } = region;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public string Status { get; private set; } = "in-progress";

    public DateTimeOffset? CompletedAt { get; private set; }

    public void Finish(bool succeeded, DateTimeOffset now)
    {
        Status = succeeded ? "completed" : "errored";
        CompletedAt = now;
    }
}
