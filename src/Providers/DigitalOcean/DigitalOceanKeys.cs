using System.Security.Cryptography;

namespace HostPool.Providers.DigitalOcean;

/// <summary>DigitalOcean's SSH key fingerprint: the MD5 of the key blob as colon-separated hex (also its id in URLs).</summary>
internal static class DigitalOceanKeys
{
    public static string Fingerprint(string authorizedKeyLine)
    {
        var fields = authorizedKeyLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var blob = fields.Length >= 2 ? Convert.FromBase64String(fields[1]) : throw new ArgumentException("not an authorized_keys line", nameof(authorizedKeyLine));
#pragma warning disable CA5351 // MD5 is the fingerprint DigitalOcean defines for keys, not a security measure here.
        var hash = MD5.HashData(blob);
#pragma warning restore CA5351
        return string.Join(':', hash.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
