namespace HostPool.Providers.Tests.TestKit;

/// <summary>A file written through a scripted SSH session.</summary>
public sealed record RecordedUpload(string Path, byte[] Content, UnixFileMode Mode)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Content);
}
