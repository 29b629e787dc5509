using Docker.DotNet;
using HostPool.Providers.Engine;

namespace HostPool.Pool.Deploy;

/// <summary>The engine DOCKER_HOST (or the default socket) names, used when it answers a ping in time.</summary>
internal sealed class LocalEngine(LocalEngineEndpoint endpoint, TimeProvider timeProvider, TimeSpan pingTimeout) : ILocalEngine
{
    private readonly Lock _gate = new();
    private Task<bool>? _answer;
    private string? _failure;

    public string Describe() => _failure is null ? $"the local engine at {endpoint}" : $"the local engine at {endpoint} ({_failure})";

    public Task<bool> AnswersAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _answer ??= PingAsync();
        }

        return _answer.WaitAsync(cancellationToken);
    }

    public IDockerClient Connect() => LocalEngineClients.Create(endpoint, timeProvider);

    private async Task<bool> PingAsync()
    {
        if (endpoint.Refusal is { } refusal)
        {
            _failure = refusal;
            return false;
        }

        if (endpoint.IsSocket && !File.Exists(endpoint.Address.LocalPath))
        {
            _failure = "no such socket";
            return false;
        }

        using var deadline = new CancellationTokenSource(pingTimeout);
        try
        {
            using var engine = Connect();
            await engine.System.PingAsync(deadline.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            _failure = $"no answer within {pingTimeout.TotalSeconds:0.#}s";
            return false;
        }
        catch (Exception exception) when (exception is DockerApiException or HostPoolException || EngineErrors.IsUnreachable(exception))
        {
            _failure = exception.Message;
            return false;
        }
    }
}
