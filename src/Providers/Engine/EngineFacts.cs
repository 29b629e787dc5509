namespace HostPool.Providers.Engine;

/// <summary>What an engine said about itself in /info.</summary>
internal sealed record EngineFacts(string ServerVersion, double Cpus, long MemoryBytes);
