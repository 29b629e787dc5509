namespace HostPool.Pool.Operations;

/// <summary>
/// One host's capacity (from its engine), what hostpool's containers reserved on it (their labels), what
/// they use now (their stats), and how many there are. <see cref="Error"/> says why figures are missing.
/// </summary>
public sealed record HostUsage(
    string Host,
    string Pool,
    double Cpus,
    long MemoryBytes,
    double ReservedCpus,
    long ReservedMemoryBytes,
    double UsedCpus,
    long UsedMemoryBytes,
    int Containers,
    int Running,
    string? Error);
