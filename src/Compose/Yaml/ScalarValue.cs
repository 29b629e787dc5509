namespace HostPool.Compose.Yaml;

/// <summary>A resolved scalar: its kind and its value (null, bool, long, double or string).</summary>
internal readonly record struct ScalarValue(ScalarKind Kind, object? Value);
