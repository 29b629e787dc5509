namespace HostPool.Providers.Store;

/// <summary>The one wording of "no such host", so every command says the same thing.</summary>
public static class HostNotFound
{
    public static NotFoundException For(string name) =>
        new($"No host named '{name}'. Run 'hostpool ls' to see the hosts of this home ({HostPoolHome.EnvironmentVariable}).");
}
