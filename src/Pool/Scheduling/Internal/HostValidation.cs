namespace HostPool.Pool.Scheduling;

/// <summary>Rejects host snapshots the scheduler cannot reason about, saying which and how to fix them.</summary>
internal static class HostValidation
{
    public static void Validate(IReadOnlyList<HostSnapshot> hosts)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var host in hosts)
        {
            if (string.IsNullOrWhiteSpace(host.Name))
            {
                throw new InvalidInputException("A host has no name: give every host a unique name.");
            }

            if (!names.Add(host.Name))
            {
                throw new InvalidInputException($"Host '{host.Name}' is listed twice: host names must be unique.");
            }

            if (host.Cpus < 0 || host.MemoryBytes < 0 || host.ReservedCpus < 0 || host.ReservedMemoryBytes < 0 || !(host.Overcommit > 0))
            {
                throw new InvalidInputException(
                    $"Host '{host.Name}': cpus, memory and reservations must be zero or more and overcommit above zero; fix the host's figures.");
            }
        }
    }
}
