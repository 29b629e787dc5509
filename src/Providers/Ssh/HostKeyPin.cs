using System.Security.Cryptography;

namespace HostPool.Providers.Ssh;

/// <summary>
/// An SSH host key as pinned on first contact: its type (e.g. ssh-ed25519), its SHA256 fingerprint
/// as OpenSSH prints it ("SHA256:..."), and the base64 key blob.
/// </summary>
public sealed record HostKeyPin(string KeyType, string Fingerprint, string Key)
{
    /// <summary>The pin for a key blob in SSH wire format as the server sent it.</summary>
    public static HostKeyPin FromBlob(string keyType, byte[] blob) =>
        new(keyType, FingerprintOf(blob), Convert.ToBase64String(blob));

    public static string FingerprintOf(byte[] blob) =>
        "SHA256:" + Convert.ToBase64String(SHA256.HashData(blob)).TrimEnd('=');

    /// <summary>Whether <paramref name="other"/> is the same key (type and blob).</summary>
    public bool SameKeyAs(HostKeyPin other) =>
        string.Equals(KeyType, other.KeyType, StringComparison.Ordinal) && string.Equals(Key, other.Key, StringComparison.Ordinal);
}
