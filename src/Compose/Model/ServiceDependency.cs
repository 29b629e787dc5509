namespace HostPool.Compose.Model;

/// <summary>
/// A <c>depends_on</c> entry: <see cref="Condition"/> is <c>service_started</c>, <c>service_healthy</c> or
/// <c>service_completed_successfully</c>; <see cref="Restart"/> restarts this service when the dependency restarts;
/// a dependency that is not <see cref="Required"/> may be missing.
/// </summary>
public sealed record ServiceDependency(string Condition, bool Restart, bool Required)
{
    public const string Started = "service_started";
    public const string Healthy = "service_healthy";
    public const string CompletedSuccessfully = "service_completed_successfully";
}
