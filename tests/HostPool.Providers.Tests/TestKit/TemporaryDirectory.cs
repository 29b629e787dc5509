namespace HostPool.Providers.Tests.TestKit;

/// <summary>A folder under /tmp removed when the test ends; short paths, since unix socket paths are limited to 107 bytes.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = Directory.CreateTempSubdirectory("hp-").FullName;
    }

    public string Path { get; }

    public HostPoolHome Home() => new(System.IO.Path.Combine(Path, "home"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A daemon's leftovers (a socket, a busy mount) may outlive the test; the system's tmp cleaner takes them.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
