using System.Text.Json;
using Spectre.Console.Testing;

namespace HostPool.Cli.Tests;

public sealed class ConfigCommandTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hostpool-config-tests", Guid.NewGuid().ToString("N"), "shop");

    public ConfigCommandTests()
    {
        Directory.CreateDirectory(directory);
    }

    [Fact]
    public async Task RunAsync_ValidFile_PrintsNormalisedYamlAndSucceeds()
    {
        var file = Write("compose.yaml", "services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n");
        var (code, output, _) = await RunAsync("config", "-f", file);

        Assert.Equal(0, code);
        Assert.Contains("name: shop", output, StringComparison.Ordinal);
        Assert.Contains("published: \"8080\"", output, StringComparison.Ordinal);
        Assert.Contains("target: 80", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FormatJson_PrintsJsonWithTheSameProject()
    {
        var file = Write("compose.yaml", "name: demo\nservices:\n  web:\n    image: nginx\n    deploy:\n      replicas: 3\n");
        var (code, output, _) = await RunAsync("config", "-f", file, "--format", "json");

        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("demo", document.RootElement.GetProperty("name").GetString());
        Assert.Equal(3, document.RootElement.GetProperty("services").GetProperty("web").GetProperty("deploy").GetProperty("replicas").GetInt32());
    }

    [Fact]
    public async Task RunAsync_SeveralFilesProfileAndProjectName_MergesAndFilters()
    {
        var base1 = Write("compose.yaml", "services:\n  web:\n    image: nginx\n  debug:\n    image: busybox\n    profiles: [debug]\n");
        var override1 = Write("override.yaml", "services:\n  web:\n    image: nginx:1.27\n");

        var (code, output, _) = await RunAsync("config", "-f", base1, "-f", override1, "-p", "other", "--services");
        var (_, withProfile, _) = await RunAsync("config", "-f", base1, "--profile", "debug", "--services");

        Assert.Equal(0, code);
        Assert.Equal(["web"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["debug", "web"], withProfile.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task RunAsync_InvalidFile_ExitsWithInvalidInputAndEveryProblem()
    {
        var file = Write("compose.yaml", "services:\n  web:\n    image: [nginx]\n    ports: [\"99999:80\"]\n  db:\n    image: postgres\n    restart: [always]\n");
        var (code, output, error) = await RunAsync("config", "-f", file);

        Assert.Equal((int)ExitCode.InvalidInput, code);
        Assert.Empty(output);
        Assert.Contains($"{file}:3:12: services.web.image must be a string", error, StringComparison.Ordinal);
        Assert.Contains("services.db.restart must be a string", error, StringComparison.Ordinal);
        Assert.Contains("services.web.ports.0: invalid port \"99999:80\"", error, StringComparison.Ordinal);
        Assert.DoesNotContain("services.web.image: must be a string", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownFormat_ExitsWithUsage()
    {
        var file = Write("compose.yaml", "services:\n  web:\n    image: nginx\n");
        var (code, _, error) = await RunAsync("config", "-f", file, "--format", "toml");

        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("--format yaml", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BuildWithoutImage_WarnsOnStandardErrorAndSucceeds()
    {
        var file = Write("compose.yaml", "services:\n  app:\n    build: ./app\n");
        var (code, output, error) = await RunAsync("config", "-f", file, "-q");

        Assert.Equal(0, code);
        Assert.Empty(output);
        Assert.Contains("warning:", error, StringComparison.Ordinal);
        Assert.Contains("services.app.build", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new TestConsole();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliEnvironment(output, error, IsInteractive: false), TestContext.Current.CancellationToken);
        return (code, output.Output, error.ToString());
    }
}
