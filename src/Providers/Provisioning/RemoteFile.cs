namespace HostPool.Providers.Provisioning;

/// <summary>A file the provisioner wants on a host, with its permission bits.</summary>
internal sealed record RemoteFile(string Path, byte[] Content, UnixFileMode Mode)
{
    public const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode Public = Private | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    public const UnixFileMode Executable = Private | UnixFileMode.UserExecute;
}
