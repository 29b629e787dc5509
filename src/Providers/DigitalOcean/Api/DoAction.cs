namespace HostPool.Providers.DigitalOcean.Api;

/// <summary>An action (GET /v2/actions/{id}); <see cref="Status"/> is "in-progress", "completed" or "errored".</summary>
internal sealed record DoAction(long Id, string Status, string Type)
{
    public const string InProgress = "in-progress";
    public const string Completed = "completed";
    public const string Errored = "errored";

    public long? ResourceId { get; init; }
}
