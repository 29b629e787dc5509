namespace HostPool.Providers.Hosts;

/// <summary>
/// Held by the process creating a host for as long as the create runs (an exclusive lock on a file under
/// HOSTPOOL_HOME/locks, released by the OS if the process dies). A `Creating` record whose lease can be
/// taken belongs to a create that was killed, and gc may clean it up.
/// </summary>
internal sealed class CreateLease : IDisposable
{
    private readonly FileStream _lock;

    private CreateLease(FileStream held) => _lock = held;

    public static CreateLease Acquire(HostPoolHome home, string hostName) =>
        TryAcquire(home, hostName) ?? throw new ConflictException(
            $"Host '{hostName}' is being created by another hostpool process. Wait for it to finish.");

    /// <summary>The lease, or null when another process holds it.</summary>
    public static CreateLease? TryAcquire(HostPoolHome home, string hostName)
    {
        var folder = Path.Combine(home.Root, "locks");
        Directory.CreateDirectory(folder);
        try
        {
            return new CreateLease(new FileStream(
                Path.Combine(folder, $"create-{hostName}.lock"),
                new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None }));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        var path = _lock.Name;
        File.Delete(path);
        _lock.Dispose();
    }
}
