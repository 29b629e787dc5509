using Docker.DotNet;
using HostPool.Pool.Deploy;

namespace HostPool.Integration.Tests.Cli;

/// <summary>The real local-engine lookup over variables a test sets (DOCKER_HOST and friends), instead of this process's.</summary>
internal sealed class SwitchableLocalEngine : ILocalEngine
{
    private ILocalEngine _current = LocalEngines.From(name => name == "DOCKER_HOST" ? "unix:///nonexistent/docker.sock" : null);

    public void Use(IReadOnlyDictionary<string, string> variables) => _current = LocalEngines.From(variables.GetValueOrDefault);

    public string Describe() => _current.Describe();

    public Task<bool> AnswersAsync(CancellationToken cancellationToken) => _current.AnswersAsync(cancellationToken);

    public IDockerClient Connect() => _current.Connect();
}
