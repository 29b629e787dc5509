namespace HostPool.Compose.Model;

/// <summary>
/// One mount in long form. <see cref="Type"/> is <c>bind</c>, <c>volume</c>, <c>tmpfs</c>, <c>npipe</c>,
/// <c>cluster</c> or <c>image</c>; a bind source is an absolute host path; a volume source names a top-level
/// volume (null for an anonymous volume).
/// </summary>
public sealed record ServiceVolume(string Type, string? Source, string Target)
{
    public bool ReadOnly { get; init; }
    public string? Consistency { get; init; }
    public string? BindPropagation { get; init; }
    public bool? BindCreateHostPath { get; init; }
    public string? BindSelinux { get; init; }
    public bool? VolumeNoCopy { get; init; }
    public string? VolumeSubpath { get; init; }
    public long? TmpfsSizeBytes { get; init; }
    public int? TmpfsMode { get; init; }
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = Empty.Data;
}
