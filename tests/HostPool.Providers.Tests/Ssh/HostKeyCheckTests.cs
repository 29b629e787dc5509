using HostPool.Providers.Ssh;

namespace HostPool.Providers.Tests.Ssh;

public sealed class HostKeyCheckTests
{
    private static readonly HostKeyPin First = PinOf(1);
    private static readonly HostKeyPin Second = PinOf(2);

    [Fact]
    public void IsTrusted_NothingPinned_AcceptsAnyKey()
    {
        Assert.True(HostKeyCheck.IsTrusted(null, First));
    }

    [Fact]
    public void IsTrusted_SameKeyPinned_Accepts()
    {
        Assert.True(HostKeyCheck.IsTrusted(First, PinOf(1)));
    }

    [Fact]
    public void IsTrusted_OtherKeyPinned_Refuses()
    {
        Assert.False(HostKeyCheck.IsTrusted(First, Second));
    }

    [Fact]
    public void IsTrusted_SameBlobOtherType_Refuses()
    {
        Assert.False(HostKeyCheck.IsTrusted(First, First with { KeyType = "ecdsa-sha2-nistp256" }));
    }

    [Fact]
    public void Changed_TwoKeys_MessageGivesBothFingerprintsAndTheAcceptHint()
    {
        var error = HostKeyCheck.Changed("web-1", First, Second);

        Assert.Equal(ExitCode.Conflict, error.ExitCode);
        Assert.Contains(First.Fingerprint, error.Message, StringComparison.Ordinal);
        Assert.Contains(Second.Fingerprint, error.Message, StringComparison.Ordinal);
        Assert.Contains("If the machine was rebuilt on purpose, run 'hostpool provision web-1 --accept-new-host-key'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBlob_KnownBlob_FingerprintMatchesOpenSshFormat()
    {
        // ssh-keygen -lf on "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea" prints this fingerprint.
        var blob = Convert.FromBase64String("AAAAC3NzaC1lZDI1NTE5AAAAINdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea");

        var pin = HostKeyPin.FromBlob("ssh-ed25519", blob);

        Assert.Equal("SHA256:bbXpuKG6zhzdmnxq256TlqzFBzRl2f6OOg722cYNbU8", pin.Fingerprint);
        Assert.DoesNotContain("=", pin.Fingerprint, StringComparison.Ordinal);
    }

    private static HostKeyPin PinOf(byte fill) =>
        HostKeyPin.FromBlob("ssh-ed25519", [0, 0, 0, 11, .. "ssh-ed25519"u8, 0, 0, 0, 32, .. Enumerable.Repeat(fill, 32)]);
}
