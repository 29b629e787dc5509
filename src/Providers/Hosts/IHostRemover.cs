namespace HostPool.Providers.Hosts;

/// <summary>Removes hosts: every journaled resource at the provider, the host's folder, then the record.</summary>
public interface IHostRemover
{
    /// <summary>
    /// Removes the host. With <paramref name="force"/>, a provider that cannot be reached does not stop the
    /// host from being forgotten; the returned warnings say what may be left at the provider.
    /// </summary>
    Task<IReadOnlyList<string>> RemoveAsync(string name, bool force, CancellationToken cancellationToken);
}
