namespace HostPool.Providers.Ssh;

/// <summary>The trust-on-first-use rule: no pin accepts and pins; the pinned key passes; any other key is refused.</summary>
internal static class HostKeyCheck
{
    public static bool IsTrusted(HostKeyPin? pinned, HostKeyPin presented) => pinned is null || pinned.SameKeyAs(presented);

    public static ConflictException Changed(string hostName, HostKeyPin pinned, HostKeyPin presented) =>
        new($"The SSH host key of '{hostName}' has changed: pinned {pinned.KeyType} {pinned.Fingerprint}, " +
            $"presented {presented.KeyType} {presented.Fingerprint}. The connection was refused, since someone may be " +
            $"impersonating the machine. If the machine was rebuilt on purpose, run 'hostpool provision {hostName} --accept-new-host-key'.");
}
