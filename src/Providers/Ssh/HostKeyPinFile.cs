using System.Text;

namespace HostPool.Providers.Ssh;

/// <summary>
/// Keeps each host's pin as one line "TYPE BASE64KEY SHA256:FINGERPRINT" in
/// <c>machines/NAME/host_key</c> under HOSTPOOL_HOME, written 0600.
/// </summary>
internal sealed class HostKeyPinFile(HostPoolHome home) : IHostKeyPins
{
    public const string FileName = "host_key";

    public async Task<HostKeyPin?> FindAsync(string hostName, CancellationToken cancellationToken)
    {
        var path = PathOf(hostName);
        if (!File.Exists(path))
        {
            return null;
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken);
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            throw new ConflictException(
                $"The pinned host key of '{hostName}' in {path} is unreadable. If the machine is the one you created, " +
                $"run 'hostpool provision {hostName} --accept-new-host-key' to pin its current key again.");
        }

        var pin = HostKeyPin.FromBlob(parts[0], Convert.FromBase64String(parts[1]));
        return pin;
    }

    public async Task PinAsync(string hostName, HostKeyPin pin, CancellationToken cancellationToken)
    {
        PrivateFile.CreateDirectory(home.MachineDirectory(hostName));
        var line = $"{pin.KeyType} {pin.Key} {pin.Fingerprint}\n";
        await PrivateFile.WriteAsync(PathOf(hostName), Encoding.ASCII.GetBytes(line), cancellationToken);
    }

    public Task ForgetAsync(string hostName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = PathOf(hostName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    private string PathOf(string hostName) => Path.Combine(home.MachineDirectory(hostName), FileName);
}
