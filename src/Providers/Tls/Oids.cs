namespace HostPool.Providers.Tls;

/// <summary>Object identifiers of the extended key usages hostpool issues.</summary>
internal static class Oids
{
    public const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";

    public const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";
}
