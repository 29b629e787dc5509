using System.Text.Json;
using HostPool.Providers.Model;
using HostPool.Providers.Provisioning;

namespace HostPool.Providers.Tests.Provisioning;

public sealed class EngineConfigurationTests
{
    [Fact]
    public void DaemonJson_Render_TurnsOnTlsVerifyWithLabelsAndRegistriesButNoHosts()
    {
        var json = DaemonJson.Render(EngineLayout.Standard, ["provider=ec2", "zone=a"], ["registry.internal:5000"], ["https://mirror.internal"]);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.True(root.GetProperty("tls").GetBoolean());
        Assert.True(root.GetProperty("tlsverify").GetBoolean());
        Assert.Equal("/etc/docker/ca.pem", root.GetProperty("tlscacert").GetString());
        Assert.Equal("/etc/docker/server.pem", root.GetProperty("tlscert").GetString());
        Assert.Equal("/etc/docker/server-key.pem", root.GetProperty("tlskey").GetString());
        Assert.Equal(["provider=ec2", "zone=a"], root.GetProperty("labels").EnumerateArray().Select(label => label.GetString()));
        Assert.Equal("registry.internal:5000", root.GetProperty("insecure-registries")[0].GetString());
        Assert.Equal("https://mirror.internal", root.GetProperty("registry-mirrors")[0].GetString());
        Assert.False(root.TryGetProperty("hosts", out _));
    }

    [Fact]
    public void DaemonJson_LabelWithoutValue_IsRefused()
    {
        Assert.Throws<InvalidInputException>(() => DaemonJson.Render(EngineLayout.Standard, ["lonely"], [], []));
    }

    [Fact]
    public void DockerdCommand_Build_ListensOnLocalSocketAndTlsPortOnlyThenUserFlags()
    {
        var engine = new EngineOptions { Options = ["log-level=debug", "--experimental"] };

        var command = DockerdCommand.Build("/usr/bin/dockerd", EngineLayout.Standard, "fd://", engine, supervised: false);

        Assert.Equal(
            ["/usr/bin/dockerd", "--config-file", "/etc/docker/daemon.json", "-H", "fd://", "-H", "tcp://0.0.0.0:2376", "--log-level=debug", "--experimental"],
            command);
    }

    [Theory]
    [InlineData("host=tcp://0.0.0.0:2375")]
    [InlineData("H=tcp://0.0.0.0:2375")]
    [InlineData("tlsverify=false")]
    [InlineData("label=a=b")]
    [InlineData("log-level=debug\nExecStartPre=/bin/evil")]
    public void DockerdCommand_OptionHostpoolManagesOrMalformed_IsRefused(string option)
    {
        var engine = new EngineOptions { Options = [option] };

        Assert.Throws<InvalidInputException>(() => DockerdCommand.Build("dockerd", EngineLayout.Standard, "fd://", engine, supervised: false));
    }

    [Fact]
    public void DockerdCommand_PlainPort_IsRefused()
    {
        Assert.Throws<InvalidInputException>(() => DockerdCommand.Build("dockerd", EngineLayout.Standard, "fd://", new EngineOptions { Port = 2375 }, supervised: false));
    }

    [Fact]
    public void DockerdCommand_Environment_ValidatesNames()
    {
        Assert.Equal([new("HTTP_PROXY", "http://proxy:3128")], DockerdCommand.Environment(new EngineOptions { Environment = ["HTTP_PROXY=http://proxy:3128"] }));
        Assert.Throws<InvalidInputException>(() => DockerdCommand.Environment(new EngineOptions { Environment = ["1BAD=x"] }));
    }

    [Fact]
    public void SystemdDropIn_Render_ClearsExecStartAndEscapesForSystemd()
    {
        var command = DockerdCommand.Build("/usr/sbin/dockerd", EngineLayout.Standard, "fd://", new EngineOptions { Options = ["default-ulimit=nofile=1024:2048"] }, false);

        var dropIn = SystemdDropIn.Render(command, [new("NO_PROXY", "a b,$HOME,100%")]);

        Assert.Contains("[Service]\nEnvironment=\"NO_PROXY=a b,$$HOME,100%%\"\nExecStart=\nExecStart=/usr/sbin/dockerd --config-file /etc/docker/daemon.json -H fd:// -H tcp://0.0.0.0:2376 --default-ulimit=nofile=1024:2048\n", dropIn);
        Assert.DoesNotContain("2375", dropIn);
    }

    [Fact]
    public void SupervisorScript_Render_PinsPidFileInRunDirectoryAndExportsEnvironment()
    {
        var command = DockerdCommand.Build("/usr/sbin/dockerd", EngineLayout.Standard, EngineLayout.PrivateRunSocket, new EngineOptions(), supervised: true);

        var script = SupervisorScript.Render(EngineLayout.Standard, command, [new("HTTPS_PROXY", "http://p'x")]);

        Assert.Contains("RUN_DIR='/run/docker/hostpool'", script);
        Assert.Contains("export HTTPS_PROXY='http://p'\\''x'", script);
        Assert.Contains("exec '/usr/sbin/dockerd' '--config-file' '/etc/docker/daemon.json' '-H' 'unix:///run/docker/docker.sock' '-H' 'tcp://0.0.0.0:2376' '--pidfile' '/run/docker/hostpool/dockerd.pid'", script);
    }
}
