using System.Diagnostics;
using System.Text;
using HostPool.Integration.Tests.Support;
using HostPool.Providers.Local;

namespace HostPool.Integration.Tests.Local;

public sealed class LocalHostSshTests
{
    [Fact]
    public async Task CreateAsync_NewHost_SshAnswersAsTheHostWithPrivateDockerFolders()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();

        var host = await bed.CreateAsync("web-1", ct);
        await using var session = await bed.Connector.ConnectAsync(host.Name, host.Ssh!, ct);

        Assert.Equal("web-1", (await session.RunAsync("hostname", ct)).StandardOutput.Trim());
        Assert.Contains("ID=", (await session.RunAsync("cat /etc/os-release", ct)).StandardOutput, StringComparison.Ordinal);
        Assert.Equal("root", (await session.RunAsync("id -un", ct)).StandardOutput.Trim());
        var marker = $"marker-{Guid.NewGuid():N}";
        var write = await session.RunAsync($"echo {marker} > /etc/docker/hostpool-test && cat /etc/docker/hostpool-test", ct);
        Assert.Equal(marker, write.StandardOutput.Trim());
        Assert.False(File.Exists("/etc/docker/hostpool-test"));
        Assert.Equal(marker, File.ReadAllText(Path.Combine(bed.Home.MachineDirectory("web-1"), "local", "etc-docker", "hostpool-test")).Trim());
        Assert.Equal(bed.Subnet.Replace("0/24", "2", StringComparison.Ordinal), host.PublicAddress);
        Assert.Equal(host.ProviderId, LocalNames.For(bed.Home, "web-1").Namespace);
        Assert.False(Path.IsPathRooted(host.Ssh!.PrivateKeyPath));
    }

    [Fact]
    public async Task ConnectAsync_FirstContact_PinsTheKeyTheHostPresents()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var host = await bed.CreateAsync("pin-1", ct);

        await using (await bed.Connector.ConnectAsync(host.Name, host.Ssh!, ct))
        {
        }

        var pin = await bed.Pins.FindAsync(host.Name, ct);
        Assert.NotNull(pin);
        var keygen = await RunAsync("ssh-keygen", ["-lf", Path.Combine(bed.Home.MachineDirectory("pin-1"), "local", "ssh", "ssh_host_ed25519_key.pub")], ct);
        Assert.Contains(pin.Fingerprint, keygen, StringComparison.Ordinal);
        Assert.Equal("ssh-ed25519", pin.KeyType);
    }

    [Fact]
    public async Task ConnectAsync_HostKeyChanged_RefusedWithBothFingerprintsAndTheAcceptHint()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var host = await bed.CreateAsync("rebuilt-1", ct);
        await using (await bed.Connector.ConnectAsync(host.Name, host.Ssh!, ct))
        {
        }

        var pinned = (await bed.Pins.FindAsync(host.Name, ct))!;
        var keyFile = Path.Combine(bed.Home.MachineDirectory("rebuilt-1"), "local", "ssh", "ssh_host_ed25519_key");
        await Providers.Ssh.SshKeyPair.Generate("other").WriteAsync(keyFile, ct);
        await bed.Driver.RestartAsync(host, ct);

        var error = await Assert.ThrowsAsync<ConflictException>(() => bed.Connector.ConnectAsync(host.Name, host.Ssh!, ct));

        var presented = (await RunAsync("ssh-keygen", ["-lf", keyFile + ".pub"], ct)).Split(' ')[1];
        Assert.Contains(pinned.Fingerprint, error.Message, StringComparison.Ordinal);
        Assert.Contains(presented, error.Message, StringComparison.Ordinal);
        Assert.Contains("If the machine was rebuilt on purpose, run 'hostpool provision rebuilt-1 --accept-new-host-key'", error.Message, StringComparison.Ordinal);
        Assert.Equal(pinned, await bed.Pins.FindAsync(host.Name, ct));

        await bed.Pins.ForgetAsync(host.Name, ct);
        await using var accepted = await bed.Connector.ConnectAsync(host.Name, host.Ssh!, ct);
        Assert.Equal("rebuilt-1", (await accepted.RunAsync("hostname", ct)).StandardOutput.Trim());
    }

    [Fact]
    public async Task UploadAsync_FileWithMode_DownloadsTheSameBytesWithThatMode()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var host = await bed.CreateAsync("files-1", ct);
        await using var session = await bed.Connector.ConnectAsync(host.Name, host.Ssh!, ct);
        var content = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7)).ToArray();

        await session.UploadAsync("/etc/docker/key.pem", content, UnixFileMode.UserRead | UnixFileMode.UserWrite, ct);

        Assert.Equal(content, await session.DownloadAsync("/etc/docker/key.pem", ct));
        Assert.Equal("600", (await session.RunAsync("stat -c %a /etc/docker/key.pem", ct)).StandardOutput.Trim());
        await Assert.ThrowsAsync<ProviderException>(() => session.DownloadAsync("/etc/docker/missing.pem", ct));
    }

    [Fact]
    public async Task CreateAsync_GeneratedClientKey_OpenSshClientLogsInWithIt()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var host = await bed.CreateAsync("openssh-1", ct);

        var output = await RunAsync(
            "ssh",
            ["-i", bed.Home.Resolve(host.Ssh!.PrivateKeyPath), "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
             "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", $"root@{host.PublicAddress}", "hostname"],
            ct);

        Assert.Equal("openssh-1", output.Trim());
    }

    private static async Task<string> RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
        return output;
    }
}
