namespace HostPool.Providers.Local;

/// <summary>One named wait: its pipeline name, how long it may take and how often it looks.</summary>
internal sealed record LocalWait(string Name, TimeSpan Timeout, TimeSpan Interval);
