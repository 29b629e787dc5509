namespace HostPool.Providers.Drivers;

/// <summary>The drivers this build knows, by name.</summary>
public interface IDriverRegistry
{
    IReadOnlyList<IHostDriver> All { get; }

    /// <summary>The driver called <paramref name="name"/>; throws a UsageException listing the known ones otherwise.</summary>
    IHostDriver Get(string name);
}
