using System.Net.Sockets;
using HostPool.Pool.Deploy;

namespace HostPool.Pool.Tests.Deploy;

public sealed class EngineErrorsTests
{
    [Fact]
    public async Task TryAsync_ConnectionRefusedAsRawSocketException_ReportedAsUnreachable()
    {
        var error = await EngineErrors.TryAsync(() => throw new SocketException((int)SocketError.ConnectionRefused));

        Assert.StartsWith("engine unreachable: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryAsync_RefusedOnEveryAddress_ReportedAsUnreachableWithTheReason()
    {
        var error = await EngineErrors.TryAsync(() => throw new AggregateException(new SocketException((int)SocketError.ConnectionRefused)));

        Assert.Equal("engine unreachable: Connection refused", error);
    }

    [Fact]
    public async Task TryAsync_HostPoolError_ItsMessage()
    {
        Assert.Equal("no such volume; create it", await EngineErrors.TryAsync(() => throw new NotFoundException("no such volume; create it")));
    }
}
