namespace HostPool.Pool.Operations;

/// <summary>
/// What <c>image push</c> did on one host: <see cref="Action"/> is present (it had the image), copied (from
/// <see cref="Source"/>, in <see cref="Elapsed"/>) or failed (<see cref="Error"/> says why).
/// </summary>
public sealed record ImagePushOutcome(string Host, string Action, string? Source, TimeSpan Elapsed, string? Error = null)
{
    public bool Failed => Error is not null;
}
