namespace HostPool.Providers.Drivers;

/// <summary>A provider resource tagged by hostpool that no host record owns.</summary>
public sealed record OrphanResource(string Driver, string Kind, string Id, string Pool, string? Host, string Detail);
