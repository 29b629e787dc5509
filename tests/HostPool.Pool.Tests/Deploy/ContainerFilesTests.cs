using HostPool.Compose.Model;
using HostPool.Pool.Deploy;

namespace HostPool.Pool.Tests.Deploy;

public sealed class ContainerFilesTests
{
    [Fact]
    public void Of_SecretFromEnvironmentAndConfigInline_PlacedWhereComposePutsThem()
    {
        var project = Project(
            new ComposeService("web") { Secrets = [new ServiceFileMount("db", "db_password")], Configs = [new ServiceFileMount("site", null) { Mode = 0x1A4 }] },
            secrets: new() { ["db"] = new ComposeFileObject("shop_db") { Environment = "DB_PASSWORD" } },
            configs: new() { ["site"] = new ComposeFileObject("shop_site") { Content = "listen 80" } });

        var files = ContainerFiles.Of(project, project.Services["web"], name => name == "DB_PASSWORD" ? "pw" : null);

        Assert.Equal(["/run/secrets/db_password", "/site"], files.Select(f => f.Path));
        Assert.Equal("pw"u8.ToArray(), files[0].Content);
        Assert.Equal(0x124, files[0].Mode);
        Assert.Equal(0x1A4, files[1].Mode);
    }

    [Fact]
    public void Of_ExternalSecret_SaysToGiveContent()
    {
        var project = Project(
            new ComposeService("web") { Secrets = [new ServiceFileMount("db", null)] },
            secrets: new() { ["db"] = new ComposeFileObject("db") { External = true } });

        var error = Assert.Throws<InvalidInputException>(() => ContainerFiles.Of(project, project.Services["web"], _ => null));

        Assert.Contains("external", error.Message, StringComparison.Ordinal);
        Assert.Contains("`file`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_UnsetEnvironmentVariable_NamesIt()
    {
        var project = Project(
            new ComposeService("web") { Secrets = [new ServiceFileMount("db", null)] },
            secrets: new() { ["db"] = new ComposeFileObject("db") { Environment = "MISSING_VAR" } });

        var error = Assert.Throws<InvalidInputException>(() => ContainerFiles.Of(project, project.Services["web"], _ => null));

        Assert.Contains("MISSING_VAR", error.Message, StringComparison.Ordinal);
    }

    private static ComposeProject Project(
        ComposeService service, Dictionary<string, ComposeFileObject>? secrets = null, Dictionary<string, ComposeFileObject>? configs = null) =>
        new("shop", "/tmp", new Dictionary<string, ComposeService> { [service.Name] = service }, new Dictionary<string, ComposeNetwork>(),
            new Dictionary<string, ComposeVolume>(), secrets ?? [], configs ?? [], new Dictionary<string, object?>());
}
