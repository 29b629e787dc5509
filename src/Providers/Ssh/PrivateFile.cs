namespace HostPool.Providers.Ssh;

/// <summary>
/// Writes files that only their owner may read (0600 on Unix), created with that mode so they are never wider.
/// On Windows the user profile's default ACL applies.
/// </summary>
internal static class PrivateFile
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        await using (var stream = new FileStream(temporary, options))
        {
            await stream.WriteAsync(content, cancellationToken);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, OwnerOnly);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Creates a folder only its owner may enter (0700 on Unix), and its missing parents.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
