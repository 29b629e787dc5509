namespace HostPool.CloudSim.DigitalOcean;

/// <summary>An error answer: status and the body's id and message (shared/models/error.yml).</summary>
internal sealed class DoSimException(int status, string id, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Id { get; } = id;

    /// <summary>Seconds for retry-after (429 of the burst limit only).</summary>
    public int? RetryAfter { get; init; }
}
