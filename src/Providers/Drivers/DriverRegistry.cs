namespace HostPool.Providers.Drivers;

internal sealed class DriverRegistry(IEnumerable<IHostDriver> drivers) : IDriverRegistry
{
    // A driver registered later under the same name replaces the earlier one (the container's last-wins rule),
    // so a host application or a test can decorate a driver.
    private readonly IReadOnlyList<IHostDriver> _drivers = drivers
        .GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
        .Select(g => g.Last())
        .OrderBy(d => d.Name, StringComparer.Ordinal)
        .ToList();

    public IReadOnlyList<IHostDriver> All => _drivers;

    public IHostDriver Get(string name) =>
        _drivers.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException(
            $"Unknown driver '{name}'. Use one of: {string.Join(", ", _drivers.Select(d => d.Name))}.");
}
