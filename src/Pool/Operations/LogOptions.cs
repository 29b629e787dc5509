namespace HostPool.Pool.Operations;

/// <summary>How to read logs: <see cref="Tail"/> lines per replica (null: all), and whether to keep following them.</summary>
public sealed record LogOptions(bool Follow, int? Tail);
