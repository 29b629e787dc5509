using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace HostPool.Providers.Local;

/// <summary>The IPv4 addresses of this machine's interfaces (in the root network namespace), read without running ip.</summary>
internal static class InterfaceAddresses
{
    public static IEnumerable<IPAddress> All() =>
        NetworkInterface.GetAllNetworkInterfaces().SelectMany(Ipv4Of).Select(address => address.Address);

    /// <summary>The interface's IPv4 addresses as "address/prefix".</summary>
    public static IReadOnlyList<string> Of(string interfaceName) =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.Name == interfaceName)
            .SelectMany(Ipv4Of)
            .Select(address => $"{address.Address}/{address.PrefixLength}")
            .ToList();

    private static IEnumerable<UnicastIPAddressInformation> Ipv4Of(NetworkInterface nic) =>
        nic.GetIPProperties().UnicastAddresses.Where(address => address.Address.AddressFamily == AddressFamily.InterNetwork);
}
