using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace HostPool.Providers.Local;

/// <summary>An IPv4 range such as 10.213.0.0/24: its first usable address is the bridge's gateway, the rest are for hosts.</summary>
internal sealed record Ipv4Subnet(uint Network, int PrefixLength)
{
    public uint Mask => PrefixLength == 0 ? 0 : uint.MaxValue << (32 - PrefixLength);

    public IPAddress Gateway => ToAddress(Network + 1);

    /// <summary>The addresses hosts may use: every address but the network, the gateway and the broadcast.</summary>
    public IEnumerable<IPAddress> HostAddresses()
    {
        var broadcast = Network | ~Mask;
        for (var value = Network + 2; value < broadcast; value++)
        {
            yield return ToAddress(value);
        }
    }

    public bool Contains(IPAddress address) => (ToValue(address) & Mask) == Network;

    public bool Overlaps(Ipv4Subnet other)
    {
        var mask = PrefixLength < other.PrefixLength ? Mask : other.Mask;
        return (Network & mask) == (other.Network & mask);
    }

    /// <summary>Whether the range lies inside the private ranges of RFC 1918.</summary>
    public bool IsPrivate() =>
        new[] { Parse("10.0.0.0/8"), Parse("172.16.0.0/12"), Parse("192.168.0.0/16") }
            .Any(range => range.PrefixLength <= PrefixLength && range.Contains(ToAddress(Network)));

    public override string ToString() => $"{ToAddress(Network)}/{PrefixLength}";

    public static bool TryParse(string text, out Ipv4Subnet subnet)
    {
        subnet = new Ipv4Subnet(0, 0);
        var parts = text.Trim().Split('/');
        if (parts.Length != 2 || !IPAddress.TryParse(parts[0], out var address) || address.AddressFamily != AddressFamily.InterNetwork
            || !int.TryParse(parts[1], out var prefix) || prefix is < 0 or > 32)
        {
            return false;
        }

        var candidate = new Ipv4Subnet(0, prefix);
        subnet = candidate with { Network = ToValue(address) & candidate.Mask };
        return true;
    }

    public static Ipv4Subnet Parse(string text) =>
        TryParse(text, out var subnet) ? subnet : throw new FormatException($"'{text}' is not an IPv4 range such as 10.213.0.0/24.");

    public static uint ToValue(IPAddress address) => BinaryPrimitives.ReadUInt32BigEndian(address.GetAddressBytes());

    public static IPAddress ToAddress(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return new IPAddress(bytes);
    }
}
