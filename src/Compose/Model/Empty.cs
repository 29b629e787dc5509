using System.Collections.Immutable;

namespace HostPool.Compose.Model;

/// <summary>Shared empty collections for record defaults.</summary>
internal static class Empty
{
    public static readonly IReadOnlyDictionary<string, string?> Environment = ImmutableSortedDictionary<string, string?>.Empty;
    public static readonly IReadOnlyDictionary<string, string> Labels = ImmutableSortedDictionary<string, string>.Empty;
    public static readonly IReadOnlyDictionary<string, ServiceNetwork?> Networks = ImmutableSortedDictionary<string, ServiceNetwork?>.Empty;
    public static readonly IReadOnlyDictionary<string, ServiceDependency> Dependencies = ImmutableSortedDictionary<string, ServiceDependency>.Empty;
    public static readonly IReadOnlyDictionary<string, Ulimit> Ulimits = ImmutableSortedDictionary<string, Ulimit>.Empty;
    public static readonly IReadOnlyDictionary<string, object?> Data = ImmutableSortedDictionary<string, object?>.Empty;
}
