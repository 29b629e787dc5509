using HostPool.Pool.Operations;

namespace HostPool.Pool.Tests.Operations;

public sealed class ReplicaAddressTests
{
    [Theory]
    [InlineData("web", "web", 1)]
    [InlineData("web.3", "web", 3)]
    [InlineData("api.v2", "api.v2", 1)]
    [InlineData("api.v2.12", "api.v2", 12)]
    public void Parse_ServiceOrServiceDotN_GivesServiceAndReplica(string text, string service, int replica)
    {
        var address = ReplicaAddress.Parse(text);

        Assert.Equal(new ReplicaAddress(service, replica), address);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".2")]
    [InlineData("web.0")]
    public void Parse_NoServiceOrReplicaZero_ThrowsUsageSayingTheForm(string text)
    {
        var error = Assert.Throws<UsageException>(() => ReplicaAddress.Parse(text));

        Assert.Matches("SERVICE|from 1", error.Message);
    }

    [Fact]
    public void ToString_Address_IsServiceDotReplica() => Assert.Equal("web.2", new ReplicaAddress("web", 2).ToString());
}
