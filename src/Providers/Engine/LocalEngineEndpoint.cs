namespace HostPool.Providers.Engine;

/// <summary>
/// Where the user's own Docker engine is, read the way the docker CLI reads it: DOCKER_HOST (a unix socket,
/// or tcp:// with DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH holding ca.pem, cert.pem and key.pem), else
/// unix:///var/run/docker.sock. <see cref="Refusal"/> says why an endpoint cannot be used (plain tcp: hostpool
/// talks to engines over mutual TLS only).
/// </summary>
public sealed record LocalEngineEndpoint(Uri Address, string? CertificatePath, string? Refusal)
{
    public const string DefaultSocket = "unix:///var/run/docker.sock";

    public bool IsSocket => Address.Scheme == "unix";

    public static LocalEngineEndpoint FromEnvironment(Func<string, string?> variable)
    {
        var host = variable("DOCKER_HOST");
        if (string.IsNullOrWhiteSpace(host))
        {
            return new LocalEngineEndpoint(new Uri(DefaultSocket), null, null);
        }

        if (!Uri.TryCreate(host, UriKind.Absolute, out var address) || address.Scheme is not ("unix" or "tcp"))
        {
            return new LocalEngineEndpoint(new Uri(DefaultSocket), null, $"DOCKER_HOST={host} is neither unix:// nor tcp://");
        }

        if (address.Scheme == "unix")
        {
            return new LocalEngineEndpoint(address, null, null);
        }

        var certificates = variable("DOCKER_CERT_PATH");
        var verify = variable("DOCKER_TLS_VERIFY");
        return string.IsNullOrEmpty(verify) || verify == "0" || string.IsNullOrEmpty(certificates)
            ? new LocalEngineEndpoint(address, null, $"DOCKER_HOST={host} without DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH: hostpool reaches engines over mutual TLS only")
            : new LocalEngineEndpoint(address, certificates, null);
    }

    public override string ToString() => Address.ToString();
}
