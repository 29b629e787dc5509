using HostPool.Compose.Assembly;

namespace HostPool.Compose;

/// <summary>Creates compose loaders.</summary>
public static class ComposeLoader
{
    public static IComposeLoader Create() => new ComposeProjectLoader();
}
