namespace HostPool.Compose.Model;

/// <summary>A generic resource: discrete (<see cref="Value"/> units of <see cref="Kind"/>) or named (<see cref="NamedValue"/>).</summary>
public sealed record GenericResource(string Kind, long? Value, string? NamedValue);
