namespace HostPool.CloudSim.OpenStack;

/// <summary>
/// An error answer: status, the fault's kind (Nova's fault name, Neutron's error type, Keystone's title) and message.
/// <see cref="Keystone"/> marks the authentication failures every service answers in Keystone's shape.
/// </summary>
internal sealed class OsSimException(int status, string kind, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Kind { get; } = kind;

    /// <summary>Seconds for Retry-After (429 only).</summary>
    public int? RetryAfter { get; init; }

    public bool Keystone { get; init; }
}
