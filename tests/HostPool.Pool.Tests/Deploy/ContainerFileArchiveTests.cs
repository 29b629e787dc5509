using System.Formats.Tar;
using HostPool.Pool.Deploy;

namespace HostPool.Pool.Tests.Deploy;

public sealed class ContainerFileArchiveTests
{
    [Fact]
    public void Pack_SecretAndConfig_ParentFoldersOnceThenFilesWithModeAndOwner()
    {
        using var archive = ContainerFileArchive.Pack(
        [
            new ContainerFile("/run/secrets/token", "abc"u8.ToArray(), 0x100, 1000, 1001),
            new ContainerFile("/run/secrets/other", "x"u8.ToArray(), 0x124, 0, 0),
        ]);

        using var reader = new TarReader(archive);
        var entries = new List<TarEntry>();
        while (reader.GetNextEntry(copyData: true) is { } entry)
        {
            entries.Add(entry);
        }

        Assert.Equal(["run/", "run/secrets/", "run/secrets/token", "run/secrets/other"], entries.Select(e => e.Name));
        var token = entries[2];
        Assert.Equal((UnixFileMode)0x100, token.Mode);
        Assert.Equal((1000, 1001), (token.Uid, token.Gid));
        using var content = new StreamReader(token.DataStream!);
        Assert.Equal("abc", content.ReadToEnd());
    }
}
