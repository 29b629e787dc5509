namespace HostPool.Providers.Drivers;

/// <summary>
/// One flag a driver accepts on `create`, named without dashes ("local-cpus"). Secret flags
/// (tokens, passwords) are never written to the store.
/// </summary>
public sealed record DriverFlag(string Name, string Description)
{
    public string? DefaultValue { get; init; }

    public bool IsSecret { get; init; }

    public bool IsMultiValue { get; init; }

    /// <summary>An environment variable read when the flag is not given.</summary>
    public string? EnvironmentVariable { get; init; }
}
