using HostPool.Pool.Deploy;

namespace HostPool.Pool.Tests.Deploy;

public sealed class LocalEngineTests
{
    [Fact]
    public async Task AnswersAsync_SocketThatDoesNotExist_IsNoAndDescribeSaysWhy()
    {
        var local = LocalEngines.From(name => name == "DOCKER_HOST" ? "unix:///nonexistent/docker.sock" : null);

        var answers = await local.AnswersAsync(TestContext.Current.CancellationToken);

        Assert.False(answers);
        Assert.Equal("the local engine at unix:///nonexistent/docker.sock (no such socket)", local.Describe());
    }

    [Fact]
    public async Task AnswersAsync_PlainTcp_IsNoAndDescribeSaysTlsOnly()
    {
        var local = LocalEngines.From(name => name == "DOCKER_HOST" ? "tcp://127.0.0.1:2375" : null);

        Assert.False(await local.AnswersAsync(TestContext.Current.CancellationToken));
        Assert.Contains("mutual TLS only", local.Describe());
    }
}
