using HostPool.Providers.Ssh;

namespace HostPool.Providers.Tests.Ssh;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostKeyPinFileTests : IDisposable
{
    private readonly HostPoolHome _home = new(Directory.CreateTempSubdirectory("hp-pins-").FullName);

    [Fact]
    public async Task FindAsync_NeverPinned_ReturnsNull()
    {
        var pins = new HostKeyPinFile(_home);

        Assert.Null(await pins.FindAsync("web-1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PinAsync_ThenFind_ReturnsTheSameKeyFromAnOwnerOnlyFile()
    {
        var pins = new HostKeyPinFile(_home);
        var pin = HostKeyPin.FromBlob("ssh-ed25519", [0, 0, 0, 11, .. "ssh-ed25519"u8, 0, 0, 0, 32, .. Enumerable.Repeat((byte)7, 32)]);

        await pins.PinAsync("web-1", pin, TestContext.Current.CancellationToken);
        var found = await new HostKeyPinFile(_home).FindAsync("web-1", TestContext.Current.CancellationToken);

        Assert.Equal(pin, found);
        var file = Path.Combine(_home.MachineDirectory("web-1"), HostKeyPinFile.FileName);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public async Task ForgetAsync_Pinned_FindReturnsNullAndOtherHostsKeepTheirPins()
    {
        var pins = new HostKeyPinFile(_home);
        var pin = HostKeyPin.FromBlob("ssh-ed25519", [0, 0, 0, 11, .. "ssh-ed25519"u8, 0, 0, 0, 32, .. Enumerable.Repeat((byte)9, 32)]);
        await pins.PinAsync("web-1", pin, TestContext.Current.CancellationToken);
        await pins.PinAsync("web-2", pin, TestContext.Current.CancellationToken);

        await pins.ForgetAsync("web-1", TestContext.Current.CancellationToken);
        await pins.ForgetAsync("never-pinned", TestContext.Current.CancellationToken);

        Assert.Null(await pins.FindAsync("web-1", TestContext.Current.CancellationToken));
        Assert.Equal(pin, await pins.FindAsync("web-2", TestContext.Current.CancellationToken));
    }

    public void Dispose() => Directory.Delete(_home.Root, recursive: true);
}
