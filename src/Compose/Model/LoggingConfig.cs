namespace HostPool.Compose.Model;

/// <summary>The logging driver and its options.</summary>
public sealed record LoggingConfig(string? Driver, IReadOnlyDictionary<string, string?> Options);
