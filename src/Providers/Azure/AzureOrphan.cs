namespace HostPool.Providers.Azure;

/// <summary>
/// An Azure resource made by hostpool that no host record owns: <see cref="Kind"/> is the journal's kind (e.g.
/// "azure-virtual-machine"), <see cref="Id"/> the ARM id; <see cref="Host"/> is null for the pool's resources.
/// </summary>
public sealed record AzureOrphan(string Kind, string Id, string Pool, string? Host, string Detail);
