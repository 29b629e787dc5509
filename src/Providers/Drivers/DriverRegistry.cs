namespace HostPool.Providers.Drivers;

internal sealed class DriverRegistry(IEnumerable<IHostDriver> drivers) : IDriverRegistry
{
    private readonly IReadOnlyList<IHostDriver> _drivers = drivers.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();

    public IReadOnlyList<IHostDriver> All => _drivers;

    public IHostDriver Get(string name) =>
        _drivers.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException(
            $"Unknown driver '{name}'. Use one of: {string.Join(", ", _drivers.Select(d => d.Name))}.");
}
