using HostPool.Providers.Model;

namespace HostPool.Providers.Local;

/// <summary>What the driver needs to find an existing local host again from its record.</summary>
internal sealed record LocalMachine(string Name, string Namespace, LocalHostLayout Layout, string? Address)
{
    public static LocalMachine For(HostPoolHome home, HostRecord host)
    {
        var derived = LocalNames.For(home, host.Name);
        var address = host.PublicAddress ?? host.ProviderData.GetValueOrDefault(LocalResourceKinds.DataAddress);
        return new LocalMachine(host.Name, host.ProviderId ?? derived.Namespace, LocalHostLayout.For(home, host.Name), address);
    }
}
