using HostPool.Compose.Tests.Support;

namespace HostPool.Compose.Tests.Mapping;

public sealed class PortAndVolumeTests
{
    [Fact]
    public void Load_BracketedIpv6AndPublishedRange_NormalisesPorts()
    {
        var project = InMemoryLoader.Load("services:\n  app:\n    image: a\n    ports:\n      - \"[::1]:8080:80/udp\"\n      - \"9000-9005:80\"\n      - 5000\n");

        var ports = project.Services["app"].Ports;
        Assert.Equal((80, "8080", "::1", "udp", "ingress"), (ports[0].Target, ports[0].Published, ports[0].HostIp, ports[0].Protocol, ports[0].Mode));
        Assert.Equal((80, "9000-9005"), (ports[1].Target, ports[1].Published));
        Assert.Equal((5000, (string?)null), (ports[2].Target, ports[2].Published));
    }

    [Fact]
    public async Task LoadAsync_MismatchedPortRanges_ReportsThePort()
    {
        using var project = new TempProject();

        var exception = await Assert.ThrowsAsync<ComposeValidationException>(() => project.LoadAsync("services:\n  app:\n    image: a\n    ports: [\"80-81:90-99\"]\n"));

        var error = Assert.Single(exception.Diagnostics);
        Assert.Equal(("services.app.ports.0", 4), (error.Path, error.Line));
        Assert.Contains("same length", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_HostIpThatIsNotAnAddress_ReportsThePort()
    {
        using var project = new TempProject();

        var exception = await Assert.ThrowsAsync<ComposeValidationException>(() => project.LoadAsync("services:\n  app:\n    image: a\n    ports: [\"8000:8000:8000\"]\n"));

        Assert.Contains("\"8000\" is not an IP address", Assert.Single(exception.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LongVolumeSyntax_KeepsOptions()
    {
        var project = InMemoryLoader.Load("""
            services:
              app:
                image: a
                volumes:
                  - type: bind
                    source: ./data
                    target: /data
                    read_only: true
                    bind: {propagation: rshared, create_host_path: false}
                  - type: tmpfs
                    target: /tmp
                    tmpfs: {size: 64m, mode: 1777}
                  - "cache:/cache:nocopy"
            volumes:
              cache: {}
            """);

        var volumes = project.Services["app"].Volumes;
        Assert.Equal(("bind", "/srv/proj/data", true, "rshared", (bool?)false), (volumes[0].Type, volumes[0].Source, volumes[0].ReadOnly, volumes[0].BindPropagation, volumes[0].BindCreateHostPath));
        Assert.Equal(("tmpfs", (long?)67108864, (int?)1777), (volumes[1].Type, volumes[1].TmpfsSizeBytes, volumes[1].TmpfsMode));
        Assert.Equal(("volume", "cache", (bool?)true), (volumes[2].Type, volumes[2].Source, volumes[2].VolumeNoCopy));
    }

    [Fact]
    public void Load_DevicesAndSysctls_KeepCanonicalPlainData()
    {
        var project = InMemoryLoader.Load("services:\n  app:\n    image: a\n    devices: [\"/dev/sda:/dev/xvda:r\", \"/dev/fuse\"]\n    sysctls: [net.core.somaxconn=1024]\n");

        var other = project.Services["app"].OtherAttributes;
        var devices = Assert.IsAssignableFrom<IReadOnlyList<object?>>(other["devices"]);
        var first = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(devices[0]);
        var second = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(devices[1]);
        Assert.Equal(("/dev/sda", "/dev/xvda", "r"), (first["source"], first["target"], first["permissions"]));
        Assert.Equal(("/dev/fuse", "/dev/fuse", "rwm"), (second["source"], second["target"], second["permissions"]));
        Assert.Equal("1024", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(other["sysctls"])["net.core.somaxconn"]);
    }

    [Fact]
    public void Load_DeployAndHealthcheck_NormaliseToTypedValues()
    {
        var project = InMemoryLoader.Load("""
            services:
              app:
                image: a
                scale: 2
                healthcheck:
                  test: ["NONE"]
                deploy:
                  resources:
                    reservations:
                      devices: [{capabilities: [gpu], count: all}]
                  placement:
                    constraints: ["node.labels.zone == a"]
              agent:
                image: b
                deploy: {mode: global}
            """);

        var app = project.Services["app"];
        Assert.Equal(2, app.Deploy!.Replicas);
        Assert.True(app.Healthcheck!.Disable);
        Assert.True(app.Deploy.Resources.Reservations!.Devices[0].AllDevices);
        Assert.Equal(["node.labels.zone == a"], app.Deploy.Placement.Constraints);
        Assert.Equal((Model.DeployMode.Global, (int?)null), (project.Services["agent"].Deploy!.Mode, project.Services["agent"].Deploy!.Replicas));
    }
}
