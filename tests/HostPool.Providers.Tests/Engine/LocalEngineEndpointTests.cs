using HostPool.Providers.Engine;

namespace HostPool.Providers.Tests.Engine;

public sealed class LocalEngineEndpointTests
{
    [Fact]
    public void FromEnvironment_NoDockerHost_IsTheDefaultSocket()
    {
        var endpoint = LocalEngineEndpoint.FromEnvironment(_ => null);

        Assert.Equal(new Uri(LocalEngineEndpoint.DefaultSocket), endpoint.Address);
        Assert.True(endpoint.IsSocket);
        Assert.Null(endpoint.Refusal);
    }

    [Fact]
    public void FromEnvironment_TcpWithTlsVerifyAndCertPath_UsesTheCertificates()
    {
        var variables = new Dictionary<string, string> { ["DOCKER_HOST"] = "tcp://10.0.0.5:2376", ["DOCKER_TLS_VERIFY"] = "1", ["DOCKER_CERT_PATH"] = "/certs" };

        var endpoint = LocalEngineEndpoint.FromEnvironment(variables.GetValueOrDefault);

        Assert.Equal("/certs", endpoint.CertificatePath);
        Assert.False(endpoint.IsSocket);
        Assert.Null(endpoint.Refusal);
    }

    [Theory]
    [InlineData("tcp://10.0.0.5:2375", null)]
    [InlineData("tcp://10.0.0.5:2376", "0")]
    [InlineData("ssh://user@host", "1")]
    public void FromEnvironment_PlainTcpOrOtherScheme_IsRefusedSayingWhy(string host, string? verify)
    {
        var variables = new Dictionary<string, string?> { ["DOCKER_HOST"] = host, ["DOCKER_TLS_VERIFY"] = verify, ["DOCKER_CERT_PATH"] = "/certs" };

        var endpoint = LocalEngineEndpoint.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.NotNull(endpoint.Refusal);
        Assert.Contains(host, endpoint.Refusal);
        Assert.Throws<InvalidInputException>(() => LocalEngineClients.Create(endpoint, TimeProvider.System));
    }
}
