namespace HostPool.Compose.Tests.Support;

/// <summary>A temporary project folder with files written into it; deleted on dispose.</summary>
internal sealed class TempProject : IDisposable
{
    public TempProject(string name = "proj")
    {
        Directory = Path.Combine(Path.GetTempPath(), "hostpool-compose-tests", Guid.NewGuid().ToString("N"), name);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Directory, relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public Task<ComposeLoadResult> LoadAsync(string text, IReadOnlyDictionary<string, string>? environment = null, IReadOnlyList<string>? profiles = null)
    {
        var file = Write("compose.yaml", text);
        return ComposeLoader.Create().LoadAsync(
            new ComposeLoadRequest([file], Profiles: profiles, Environment: environment ?? new Dictionary<string, string>()),
            TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Path.GetDirectoryName(Directory)!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
