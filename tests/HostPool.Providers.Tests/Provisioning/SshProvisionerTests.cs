using System.Security.Cryptography.X509Certificates;
using HostPool.Providers.Model;
using HostPool.Providers.Provisioning;
using HostPool.Providers.Tests.TestKit;

namespace HostPool.Providers.Tests.Provisioning;

public sealed class SshProvisionerTests
{
    private const string SupervisorScript = "/etc/docker/hostpool-dockerd.sh";

    [Fact]
    public async Task ProvisionAsync_NamespaceHostWithDocker_WritesTlsFilesStartsSupervisorAndReportsEngine()
    {
        using var fixture = new ProvisioningFixture(FakeLinuxHost.Create());

        var result = await fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host()) { SystemLabels = ["provider=local"] });

        Assert.Equal("debian 12", result.OperatingSystem);
        Assert.False(result.InstalledDocker);
        Assert.Equal("20.10.24+dfsg1", result.DockerVersion);
        Assert.Equal(2, result.EngineCpus);
        Assert.Equal(8L << 30, result.EngineMemoryBytes);
        Assert.Equal(["10.77.0.2", "web-1"], result.CertificateAddresses);
        Assert.Equal(
            ["waiting for SSH", "detecting OS", "writing certificates", "configuring engine", "starting engine", "checking engine over TLS"],
            fixture.Steps);
        var files = fixture.Session.Files;
        Assert.Equal(RemoteFile.Private, files["/etc/docker/server-key.pem"].Mode);
        Assert.Equal(await File.ReadAllTextAsync(fixture.Home.CaCertificateFile, TestContext.Current.CancellationToken), files["/etc/docker/ca.pem"].Text);
        Assert.Contains("-H unix:///run/docker/docker.sock -H tcp://0.0.0.0:2376", files[SupervisorScript].Text.Replace("'", ""));
        Assert.Contains("provider=local", files["/etc/docker/daemon.json"].Text);
        Assert.Equal(1, fixture.Session.Count($"sh '{SupervisorScript}' restart"));
        Assert.False(fixture.Session.Files.ContainsKey(EngineLayout.SystemdDropInFile));
        Assert.True(fixture.Session.Disposed);
    }

    [Fact]
    public async Task ProvisionAsync_SecondRunUnchanged_WritesNothingAndDoesNotRestart()
    {
        using var fixture = new ProvisioningFixture(FakeLinuxHost.Create());
        var request = new ProvisionRequest(ProvisioningFixture.Host());
        await fixture.RunAsync(request);
        var uploadsAfterFirst = fixture.Session.Uploads.Count;
        var certificate = await File.ReadAllTextAsync(Path.Combine(fixture.Home.MachineDirectory("web-1"), "server.pem"), TestContext.Current.CancellationToken);

        await fixture.RunAsync(request);

        Assert.Equal(uploadsAfterFirst, fixture.Session.Uploads.Count);
        Assert.Equal(1, fixture.Session.Count($"sh '{SupervisorScript}' restart"));
        Assert.Equal(1, fixture.Session.Count($"sh '{SupervisorScript}' start"));
        Assert.Equal(certificate, await File.ReadAllTextAsync(Path.Combine(fixture.Home.MachineDirectory("web-1"), "server.pem"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ProvisionAsync_AddressChanged_IssuesNewCertificateAndRestarts()
    {
        using var fixture = new ProvisioningFixture(FakeLinuxHost.Create());
        await fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host("10.77.0.2")));

        var result = await fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host("10.77.0.9")));

        Assert.Equal(["10.77.0.9", "web-1"], result.CertificateAddresses);
        using var server = X509Certificate2.CreateFromPem(fixture.Session.Files["/etc/docker/server.pem"].Text);
        Assert.Contains("10.77.0.9", server.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateIPAddresses().Select(ip => ip.ToString()));
        Assert.Equal(2, fixture.Session.Count($"sh '{SupervisorScript}' restart"));
    }

    [Fact]
    public async Task ProvisionAsync_RegenerateCertificates_UploadsNewServerCertificateAndRestarts()
    {
        using var fixture = new ProvisioningFixture(FakeLinuxHost.Create());
        await fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host()));
        var before = fixture.Session.Files["/etc/docker/server.pem"].Text;

        await fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host()) { RegenerateCertificates = true });

        Assert.NotEqual(before, fixture.Session.Files["/etc/docker/server.pem"].Text);
        Assert.Equal(2, fixture.Session.Count($"sh '{SupervisorScript}' restart"));
    }

    [Fact]
    public async Task ProvisionAsync_SystemdHost_WritesDropInWithSocketActivationAndRestartsDockerService()
    {
        using var fixture = new ProvisioningFixture(FakeLinuxHost.Create(systemd: true));

        await fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host()));

        var dropIn = fixture.Session.Files[EngineLayout.SystemdDropInFile].Text;
        Assert.Contains("ExecStart=\nExecStart=/usr/sbin/dockerd --config-file /etc/docker/daemon.json -H fd:// -H tcp://0.0.0.0:2376", dropIn);
        Assert.Equal(1, fixture.Session.Count(SystemdEngineService.RestartScript));
        Assert.False(fixture.Session.Files.ContainsKey(SupervisorScript));
    }

    [Fact]
    public async Task ProvisionAsync_DockerMissing_InstallsWithPackageManagerAndReportsInstalled()
    {
        var session = FakeLinuxHost.Create(OsReleaseSamples.Ubuntu2204, systemd: true, dockerInstalled: false);
        FakeLinuxHost.InstallSucceeds(session, "apt-get install");
        using var fixture = new ProvisioningFixture(session);

        var result = await fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host()));

        Assert.True(result.InstalledDocker);
        Assert.Equal("ubuntu 22.04", result.OperatingSystem);
        Assert.Contains("installing Docker", fixture.Steps);
        Assert.Equal(1, session.Count("cloud-init status --wait"));
        Assert.Contains("ExecStart=/usr/bin/dockerd", session.Files[EngineLayout.SystemdDropInFile].Text);
    }

    [Fact]
    public async Task ProvisionAsync_PackageLockHeldTwice_RetriesInstallUntilItSucceeds()
    {
        var session = FakeLinuxHost.Create(dockerInstalled: false);
        var attempts = 0;
        var installed = false;
        session.On("apt-get install", _ =>
        {
            attempts++;
            if (attempts <= 2)
            {
                return ScriptedSshSession.Fail(100, "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 812 (apt-get)");
            }

            installed = true;
            return ScriptedSshSession.Ok();
        });
        session.On("command -v dockerd", _ => installed ? ScriptedSshSession.Ok("/usr/bin/dockerd\n") : ScriptedSshSession.Fail(1, ""));
        using var fixture = new ProvisioningFixture(session);

        var result = await fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host()));

        Assert.Equal(3, attempts);
        Assert.True(result.InstalledDocker);
    }

    [Fact]
    public async Task ProvisionAsync_PackageLockNeverReleased_FailsNamingTheLock()
    {
        var session = FakeLinuxHost.Create(dockerInstalled: false);
        session.On("apt-get install", ScriptedSshSession.Fail(100, "E: Could not get lock /var/lib/dpkg/lock-frontend."));
        using var fixture = new ProvisioningFixture(session);

        var error = await Assert.ThrowsAsync<ProviderException>(() => fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host())));

        Assert.Contains("lock", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ProvisioningFixture.Fast.PackageLockRetries + 1, session.Count("apt-get install"));
    }

    [Fact]
    public async Task ProvisionAsync_NonRootUser_WrapsEveryCommandInSudoAndStagesUploads()
    {
        var session = FakeLinuxHost.Create(user: "admin");
        using var fixture = new ProvisioningFixture(session);

        await fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host(user: "admin")));

        Assert.All(session.Commands, command => Assert.StartsWith("sudo -n sh -c '", command));
        Assert.All(session.Uploads, upload => Assert.StartsWith(".hostpool-upload-", upload.Path));
        Assert.Equal(RemoteFile.Private, session.Files["/etc/docker/server-key.pem"].Mode);
        Assert.Equal(RemoteFile.Public, session.Files["/etc/docker/daemon.json"].Mode);
    }

    [Fact]
    public async Task ProvisionAsync_SetHostnameOnNamespaceHost_SetsRuntimeNameOnly()
    {
        var session = FakeLinuxHost.Create();
        session.On("hostname", ScriptedSshSession.Ok());
        using var fixture = new ProvisioningFixture(session);

        await fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host()) { SetHostname = true });

        var command = Assert.Single(session.Commands, command => command.Contains("hostname 'web-1'", StringComparison.Ordinal));
        Assert.DoesNotContain("/etc/hostname", command);
    }

    [Fact]
    public async Task ProvisionAsync_AdoptedMachine_LeavesHostnameAlone()
    {
        using var fixture = new ProvisioningFixture(FakeLinuxHost.Create(systemd: true));

        await fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host()) { SetHostname = false });

        Assert.DoesNotContain(fixture.Session.Commands, command => command.Contains("hostname 'web-1'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProvisionAsync_UnknownOs_FailsListingSupportedSystemsBeforeInstalling()
    {
        using var fixture = new ProvisioningFixture(FakeLinuxHost.Create(OsReleaseSamples.Arch, dockerInstalled: false));

        var error = await Assert.ThrowsAsync<ProviderException>(() => fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host())));

        Assert.Contains("ID=arch", error.Message);
        Assert.Contains("Alpine", error.Message);
        Assert.Equal(0, fixture.Session.Count("command -v dockerd"));
    }

    [Fact]
    public async Task ProvisionAsync_EngineSlowToAnswer_WaitsUntilItAnswers()
    {
        var probe = new FakeEngineProbe(failures: 2);
        using var fixture = new ProvisioningFixture(FakeLinuxHost.Create(), probe);

        await fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host()));

        Assert.Equal(3, probe.Calls);
    }

    [Fact]
    public async Task ProvisionAsync_EngineNeverAnswers_FailsNamingPortAndLog()
    {
        var probe = new FakeEngineProbe(failures: int.MaxValue);
        using var fixture = new ProvisioningFixture(FakeLinuxHost.Create(), probe);

        var error = await Assert.ThrowsAsync<ProviderException>(() => fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host())));

        Assert.Contains("2376", error.Message);
        Assert.Equal(ProvisioningFixture.Fast.EngineReadyRetries + 1, probe.Calls);
    }

    [Fact]
    public async Task ProvisionAsync_EngineOptionOpeningPlainTcp_IsRefusedBeforeAnyChange()
    {
        using var fixture = new ProvisioningFixture(FakeLinuxHost.Create());
        var engine = new EngineOptions { Options = ["host=tcp://0.0.0.0:2375"] };

        await Assert.ThrowsAsync<InvalidInputException>(() => fixture.RunAsync(new ProvisionRequest(ProvisioningFixture.Host(engine: engine))));

        Assert.Empty(fixture.Session.Uploads);
    }
}
