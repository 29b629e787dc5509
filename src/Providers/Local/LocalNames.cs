using System.Security.Cryptography;
using System.Text;

namespace HostPool.Providers.Local;

/// <summary>
/// Machine-wide unique names for a host's network namespace and veth, derived from the home folder and the
/// host name, so two homes with a host of the same name never meet. Interface names stay within 15 characters.
/// </summary>
internal sealed record LocalNames(string Namespace, string Veth)
{
    public const string NamespacePrefix = "hp-";
    public const string VethPrefix = "hpv";

    /// <summary>The interface name of the host's end of the veth pair, inside its namespace.</summary>
    public const string InnerInterface = "eth0";

    public static LocalNames For(HostPoolHome home, string hostName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(home.Root + "\n" + hostName));
        var id = Convert.ToHexStringLower(hash.AsSpan(0, 5));
        return new LocalNames(NamespacePrefix + id, VethPrefix + id);
    }
}
