namespace HostPool.Pool.Operations;

/// <summary>A command to run in a replica through the engine's exec API, optionally as another user, elsewhere, with more variables.</summary>
public sealed record ExecCommand(IReadOnlyList<string> Arguments)
{
    public string? User { get; init; }

    public string? WorkingDirectory { get; init; }

    public IReadOnlyList<string> Environment { get; init; } = [];
}
