using System.Net;
using Docker.DotNet;
using HostPool.Pool.Networking;

namespace HostPool.Pool.Tests.Deploy;

public sealed class SwarmCallsTests
{
    [Fact]
    public async Task RunAsync_ManagerAnswersDeadlineExceededWhileElecting_RetriedUntilItAnswers()
    {
        var calls = 0;

        var answer = await SwarmCalls.RunAsync(
            _ => ++calls < 3
                ? throw new DockerApiException(HttpStatusCode.InternalServerError, """{"message":"rpc error: code = DeadlineExceeded desc = context deadline exceeded"}""")
                : Task.FromResult("nodes"),
            TestContext.Current.CancellationToken);

        Assert.Equal("nodes", answer);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task RunAsync_OtherEngineError_NotRetried()
    {
        var calls = 0;

        await Assert.ThrowsAsync<DockerApiException>(() => SwarmCalls.RunAsync<string>(
            _ => { calls++; throw new DockerApiException(HttpStatusCode.BadRequest, """{"message":"invalid node spec"}"""); },
            TestContext.Current.CancellationToken));

        Assert.Equal(1, calls);
    }
}
