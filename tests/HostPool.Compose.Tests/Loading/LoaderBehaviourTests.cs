using HostPool.Compose.Tests.Support;

namespace HostPool.Compose.Tests.Loading;

public sealed class LoaderBehaviourTests : IDisposable
{
    private readonly TempProject project = new("My Shop!");

    [Fact]
    public async Task LoadAsync_NoNameAnywhere_NamesProjectAfterFolderMadeValid()
    {
        var result = await project.LoadAsync("services:\n  web:\n    image: nginx\n");

        Assert.Equal("myshop", result.Project.Name);
        Assert.Equal("myshop_default", result.Project.Networks["default"].Name);
    }

    [Fact]
    public async Task LoadAsync_InvalidExplicitName_IsAnError()
    {
        var exception = await Assert.ThrowsAsync<ComposeValidationException>(() => project.LoadAsync("name: Bad_Name\nservices:\n  web:\n    image: nginx\n"));

        Assert.Contains("project name \"Bad_Name\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_DotEnvAndProcessEnvironment_ProcessWinsAndDotEnvFillsIn()
    {
        project.Write(".env", "TAG=from-dotenv\nPORT=8000\n");

        var result = await project.LoadAsync("services:\n  web:\n    image: nginx:${TAG}\n    ports: [\"${PORT}:80\"]\n", new Dictionary<string, string> { ["TAG"] = "from-process" });

        Assert.Equal("nginx:from-process", result.Project.Services["web"].Image);
        Assert.Equal("8000", result.Project.Services["web"].Ports[0].Published);
    }

    [Fact]
    public async Task LoadAsync_NoFilesGiven_FindsComposeYamlAndItsOverride()
    {
        project.Write("compose.yaml", "name: found\nservices:\n  web:\n    image: nginx\n");
        project.Write("compose.override.yaml", "services:\n  web:\n    image: nginx:override\n");

        var result = await ComposeLoader.Create().LoadAsync(
            new ComposeLoadRequest([], WorkingDirectory: project.Directory, Environment: new Dictionary<string, string>()), TestContext.Current.CancellationToken);

        Assert.Equal("nginx:override", result.Project.Services["web"].Image);
        Assert.Equal(2, result.Project.ComposeFiles.Count);
    }

    [Fact]
    public async Task LoadAsync_ResetAndOverrideAcrossFiles_RemoveAndReplace()
    {
        var first = project.Write("a.yaml", "name: p\nservices:\n  web:\n    image: nginx\n    command: [run]\n    ports: [\"80:80\"]\n");
        var second = project.Write("b.yaml", "services:\n  web:\n    command: !reset null\n    ports: !override [\"81:81\"]\n");

        var result = await ComposeLoader.Create().LoadAsync(new ComposeLoadRequest([first, second], Environment: new Dictionary<string, string>()), TestContext.Current.CancellationToken);

        var web = result.Project.Services["web"];
        Assert.Null(web.Command);
        Assert.Equal("81", Assert.Single(web.Ports).Published);
    }

    [Fact]
    public async Task LoadAsync_RelativeFilesInAnotherFolder_ResolvesEachAgainstTheCurrentDirectory()
    {
        var folder = $"relative-files-{Guid.NewGuid():N}";
        var sub = Path.Combine(Directory.GetCurrentDirectory(), folder, "sub");
        Directory.CreateDirectory(sub);
        try
        {
            File.WriteAllText(Path.Combine(sub, "a.yaml"), "name: p\nservices:\n  web:\n    image: a\n");
            File.WriteAllText(Path.Combine(sub, "b.yaml"), "services:\n  web:\n    image: b\n");

            var result = await ComposeLoader.Create().LoadAsync(
                new ComposeLoadRequest([Path.Combine(folder, "sub", "a.yaml"), Path.Combine(folder, "sub", "b.yaml")], Environment: new Dictionary<string, string>()),
                TestContext.Current.CancellationToken);

            Assert.Equal("b", result.Project.Services["web"].Image);
            Assert.Equal(sub, result.Project.WorkingDirectory);
        }
        finally
        {
            Directory.Delete(Path.Combine(Directory.GetCurrentDirectory(), folder), recursive: true);
        }
    }

    [Fact]
    public async Task LoadAsync_ErrorsInTwoFiles_ReportsAllOfThemTogether()
    {
        var first = project.Write("a.yaml", "name: p\nservices:\n  web:\n    image: [nginx]\n    restart: {}\n");
        var second = project.Write("b.yaml", "services:\n  db:\n    image: postgres\n    ports: [{}]\n");

        var exception = await Assert.ThrowsAsync<ComposeValidationException>(() =>
            ComposeLoader.Create().LoadAsync(new ComposeLoadRequest([first, second], Environment: new Dictionary<string, string>()), TestContext.Current.CancellationToken));

        Assert.Contains(exception.Diagnostics, d => d.File == first && d.Path == "services.web.image" && d.Line == 4 && d.Column == 12);
        Assert.Contains(exception.Diagnostics, d => d.File == first && d.Path == "services.web.restart");
        Assert.Contains(exception.Diagnostics, d => d.File == second && d.Path.StartsWith("services.db.ports.0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_ExtendsCycle_IsAnError()
    {
        var exception = await Assert.ThrowsAsync<ComposeValidationException>(() =>
            project.LoadAsync("name: p\nservices:\n  a:\n    image: x\n    extends: b\n  b:\n    image: y\n    extends: a\n"));

        Assert.Contains("extends cycle detected", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_IncludeDefiningAnExistingService_IsAConflict()
    {
        project.Write("other/compose.yaml", "services:\n  web:\n    image: other\n");

        var exception = await Assert.ThrowsAsync<ComposeValidationException>(() =>
            project.LoadAsync("name: p\ninclude: [other/compose.yaml]\nservices:\n  web:\n    image: nginx\n"));

        Assert.Contains("services.web conflicts with a resource imported", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_EnvFileRequiredOrOptional_MissingRequiredFileIsAnError()
    {
        var optional = await project.LoadAsync("name: p\nservices:\n  web:\n    image: nginx\n    env_file: [{path: missing.env, required: false}]\n");
        var exception = await Assert.ThrowsAsync<ComposeValidationException>(() =>
            project.LoadAsync("name: p\nservices:\n  web:\n    image: nginx\n    env_file: missing.env\n"));

        Assert.Empty(optional.Project.Services["web"].Environment);
        Assert.Contains("missing.env not found", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_ProfilesStar_EnablesEveryService()
    {
        var result = await project.LoadAsync("name: p\nservices:\n  web:\n    image: nginx\n  tools:\n    image: busybox\n    profiles: [debug]\n", profiles: ["*"]);

        Assert.Equal(["tools", "web"], result.Project.Services.Keys);
    }

    [Fact]
    public async Task LoadAsync_HostpoolExtension_IsReachableAsPlainData()
    {
        var result = await project.LoadAsync("name: p\nservices:\n  web:\n    image: nginx\n    x-hostpool:\n      spread: zone\n      weight: 3\n");

        var extension = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Project.Services["web"].Extensions["x-hostpool"]);
        Assert.Equal(("zone", 3L), (extension["spread"], extension["weight"]));
    }

    [Fact]
    public async Task LoadAsync_ScaleAndDifferentDeployReplicas_IsAnError()
    {
        var exception = await Assert.ThrowsAsync<ComposeValidationException>(() =>
            project.LoadAsync("name: p\nservices:\n  web:\n    image: nginx\n    scale: 2\n    deploy: {replicas: 3}\n"));

        Assert.Contains("'scale' and 'deploy.replicas'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_GlobalModeWithReplicas_IsAnError()
    {
        var exception = await Assert.ThrowsAsync<ComposeValidationException>(() =>
            project.LoadAsync("name: p\nservices:\n  web:\n    image: nginx\n    deploy: {mode: global, replicas: 2}\n"));

        Assert.Contains("deploy mode global", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_HostBindWithReplicasOnSeveralHosts_Warns()
    {
        var result = await project.LoadAsync("name: p\nservices:\n  web:\n    image: nginx\n    volumes: [\"/srv/data:/data\"]\n    deploy: {replicas: 3}\n");

        var warning = Assert.Single(result.Warnings, w => w.Path == "services.web.volumes.0");
        Assert.Contains("host-local", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_UndefinedSecretAndNetworkModeService_AreErrors()
    {
        var exception = await Assert.ThrowsAsync<ComposeValidationException>(() =>
            project.LoadAsync("name: p\nservices:\n  web:\n    image: nginx\n    secrets: [token]\n    network_mode: service:vpn\n"));

        Assert.Contains("refers to undefined secret token", exception.Message, StringComparison.Ordinal);
        Assert.Contains("undefined service \"vpn\"", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => project.Dispose();
}
