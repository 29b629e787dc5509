namespace HostPool.Compose.Model;

/// <summary>A ulimit; the single-number form sets both limits.</summary>
public sealed record Ulimit(long? Soft, long? Hard);
