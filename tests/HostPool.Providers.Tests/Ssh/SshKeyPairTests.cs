using System.Text;
using HostPool.Providers.Ssh;
using Renci.SshNet;
using Renci.SshNet.Security;

namespace HostPool.Providers.Tests.Ssh;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SshKeyPairTests
{
    // RFC 8032, section 7.1, test 1.
    private static readonly byte[] Rfc8032Seed = Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static readonly byte[] Rfc8032Public = Convert.FromHexString("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");

    [Fact]
    public void FromSeed_Rfc8032Vector_PublicLineHoldsTheKnownPublicKey()
    {
        var pair = SshKeyPair.FromSeed(Rfc8032Seed, 0x01020304, "web-1");

        var parts = pair.PublicKey.Split(' ');
        Assert.Equal(3, parts.Length);
        Assert.Equal("ssh-ed25519", parts[0]);
        Assert.Equal("web-1", parts[2]);
        var blob = Convert.FromBase64String(parts[1]);
        Assert.Equal([0, 0, 0, 11, .. "ssh-ed25519"u8, 0, 0, 0, 32, .. Rfc8032Public], blob);
    }

    [Fact]
    public void FromSeed_PrivateKey_IsOpenSshKeyV1PemWithPaddedPrivateSection()
    {
        var pair = SshKeyPair.FromSeed(Rfc8032Seed, 0x01020304, "web-1");

        var lines = pair.PrivateKey.TrimEnd('\n').Split('\n');
        Assert.Equal("-----BEGIN OPENSSH PRIVATE KEY-----", lines[0]);
        Assert.Equal("-----END OPENSSH PRIVATE KEY-----", lines[^1]);
        Assert.All(lines[1..^1], line => Assert.InRange(line.Length, 1, 70));
        var body = Convert.FromBase64String(string.Concat(lines[1..^1]));
        Assert.Equal([.. "openssh-key-v1\0"u8, 0, 0, 0, 4, .. "none"u8, 0, 0, 0, 4, .. "none"u8, 0, 0, 0, 0, 0, 0, 0, 1], body[..39]);
        var text = Encoding.ASCII.GetString(body);
        Assert.Contains("web-1", text, StringComparison.Ordinal);
        Assert.Equal(Rfc8032Seed, body.AsSpan().IndexOf(Rfc8032Seed) is var at and >= 0 ? body[at..(at + 32)] : []);
    }

    [Fact]
    public void Generate_PrivateKey_LoadsInSshNetWithTheSamePublicKey()
    {
        var pair = SshKeyPair.Generate("db-2");

        using var file = new PrivateKeyFile(new MemoryStream(Encoding.ASCII.GetBytes(pair.PrivateKey)));

        var key = Assert.IsType<ED25519Key>(file.Key);
        var blob = Convert.FromBase64String(pair.PublicKey.Split(' ')[1]);
        Assert.Equal(blob[^32..], key.PublicKey);
    }

    [Fact]
    public void Generate_TwoCalls_GiveDifferentKeys()
    {
        Assert.NotEqual(SshKeyPair.Generate("a").PublicKey, SshKeyPair.Generate("a").PublicKey);
    }

    [Fact]
    public async Task WriteAsync_NewFolder_WritesBothFilesOwnerOnly()
    {
        var folder = Directory.CreateTempSubdirectory("hp-key-").FullName;
        try
        {
            var pair = SshKeyPair.Generate("web-1");
            var path = Path.Combine(folder, SshKeyPair.PrivateKeyFileName);

            await pair.WriteAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal(pair.PrivateKey, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
            Assert.Equal(pair.PublicKey + "\n", await File.ReadAllTextAsync(path + ".pub", TestContext.Current.CancellationToken));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path + ".pub"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
