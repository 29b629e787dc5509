using System.Formats.Tar;

namespace HostPool.Pool.Deploy;

/// <summary>Packs a replica's secrets and configs into the tar the engine extracts at / of the container (parent folders included).</summary>
internal static class ContainerFileArchive
{
    public static MemoryStream Pack(IReadOnlyList<ContainerFile> files)
    {
        var stream = new MemoryStream();
        using (var writer = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: true))
        {
            var folders = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var relative = file.Path.TrimStart('/');
                var parts = relative.Split('/');
                for (var i = 1; i < parts.Length; i++)
                {
                    var folder = string.Join('/', parts[..i]) + "/";
                    if (folders.Add(folder))
                    {
                        writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, folder) { Mode = (UnixFileMode)0x1ED }); // 0755
                    }
                }

                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, relative)
                {
                    Mode = (UnixFileMode)file.Mode,
                    Uid = file.Uid,
                    Gid = file.Gid,
                    DataStream = new MemoryStream(file.Content, writable: false),
                });
            }
        }

        stream.Position = 0;
        return stream;
    }
}
