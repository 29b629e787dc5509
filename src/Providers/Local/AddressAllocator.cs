using System.Net;

namespace HostPool.Providers.Local;

/// <summary>Picks the lowest host address of a range that nothing uses.</summary>
internal static class AddressAllocator
{
    public static IPAddress? NextFree(Ipv4Subnet subnet, IReadOnlySet<IPAddress> inUse) =>
        subnet.HostAddresses().FirstOrDefault(address => !inUse.Contains(address));
}
