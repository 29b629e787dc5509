namespace HostPool.Providers.Model;

/// <summary>What the user asked for: one host to create (from flags or a pool file).</summary>
public sealed record HostSpec
{
    public required string Name { get; init; }

    public string Pool { get; init; } = "default";

    public required string Driver { get; init; }

    /// <summary>Driver flag values by flag name (without dashes, e.g. "local-cpus"); multi-value flags hold several.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DriverOptions { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public EngineOptions Engine { get; init; } = new();

    /// <summary>Extra subject alternative names for the host's server certificate (--tls-san).</summary>
    public IReadOnlyList<string> TlsSans { get; init; } = [];

    /// <summary>The value of a single-valued driver flag, or null when not given.</summary>
    public string? Option(string name) =>
        DriverOptions.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;

    /// <summary>All values of a driver flag (empty when not given).</summary>
    public IReadOnlyList<string> Options(string name) =>
        DriverOptions.TryGetValue(name, out var values) ? values : [];
}
