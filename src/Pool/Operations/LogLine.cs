namespace HostPool.Pool.Operations;

/// <summary>One line a replica wrote, with the engine's timestamp when it gave one, and whether it went to stderr.</summary>
public sealed record LogLine(LogSource Source, DateTimeOffset? Timestamp, bool IsError, string Text);
