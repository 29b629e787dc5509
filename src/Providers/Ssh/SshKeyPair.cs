using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;

namespace HostPool.Providers.Ssh;

/// <summary>
/// An ed25519 key pair in OpenSSH's formats: the private key as an unencrypted <c>openssh-key-v1</c> PEM
/// and the public key as an authorized_keys line (<c>ssh-ed25519 AAAA... comment</c>).
/// </summary>
public sealed record SshKeyPair(string PrivateKey, string PublicKey)
{
    public const string KeyType = "ssh-ed25519";

    /// <summary>The private key file name in a host's folder.</summary>
    public const string PrivateKeyFileName = "id_ed25519";

    /// <summary>A new key pair from the system's cryptographic random generator.</summary>
    public static SshKeyPair Generate(string comment)
    {
        var seed = RandomNumberGenerator.GetBytes(32);
        var check = BitConverter.ToUInt32(RandomNumberGenerator.GetBytes(4));
        return FromSeed(seed, check, comment);
    }

    /// <summary>The key pair for a given 32-byte ed25519 seed; <paramref name="checkInt"/> is the format's integrity word.</summary>
    internal static SshKeyPair FromSeed(byte[] seed, uint checkInt, string comment)
    {
        var publicKey = new Ed25519PrivateKeyParameters(seed, 0).GeneratePublicKey().GetEncoded();
        var publicBlob = new SshWireWriter().String(KeyType).String(publicKey).ToArray();

        var secret = new SshWireWriter()
            .UInt32(checkInt).UInt32(checkInt)
            .String(KeyType).String(publicKey)
            .String([.. seed, .. publicKey])
            .String(comment);
        for (byte pad = 1; secret.Length % 8 != 0; pad++)
        {
            secret.Raw([pad]);
        }

        var body = new SshWireWriter()
            .Raw("openssh-key-v1\0"u8)
            .String("none").String("none").String(ReadOnlySpan<byte>.Empty)
            .UInt32(1)
            .String(publicBlob)
            .String(secret.ToArray())
            .ToArray();

        var pem = new StringBuilder("-----BEGIN OPENSSH PRIVATE KEY-----\n");
        var base64 = Convert.ToBase64String(body);
        for (var i = 0; i < base64.Length; i += 70)
        {
            pem.Append(base64, i, Math.Min(70, base64.Length - i)).Append('\n');
        }

        pem.Append("-----END OPENSSH PRIVATE KEY-----\n");
        var line = $"{KeyType} {Convert.ToBase64String(publicBlob)} {comment}".TrimEnd();
        return new SshKeyPair(pem.ToString(), line);
    }

    /// <summary>Writes the private key (0600) and, beside it with ".pub", the public key line.</summary>
    public async Task WriteAsync(string privateKeyPath, CancellationToken cancellationToken)
    {
        await PrivateFile.WriteAsync(privateKeyPath, Encoding.ASCII.GetBytes(PrivateKey), cancellationToken);
        await PrivateFile.WriteAsync(privateKeyPath + ".pub", Encoding.ASCII.GetBytes(PublicKey + "\n"), cancellationToken);
    }
}
