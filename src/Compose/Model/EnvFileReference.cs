namespace HostPool.Compose.Model;

/// <summary>An <c>env_file</c> entry: absolute path, whether it must exist, and its format (null or <c>raw</c>).</summary>
public sealed record EnvFileReference(string Path, bool Required, string? Format);
