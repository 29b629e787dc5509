namespace HostPool.Providers.Hosts;

/// <summary>One step a host has reached, for live progress views and CI logs.</summary>
public sealed record HostProgress(string Host, string Step);
