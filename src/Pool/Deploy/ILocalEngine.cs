using Docker.DotNet;

namespace HostPool.Pool.Deploy;

/// <summary>The user's own Docker engine, the first place images are copied from.</summary>
public interface ILocalEngine
{
    /// <summary>Where it was looked for, and why it is not used when it is not (for messages).</summary>
    string Describe();

    /// <summary>Whether it answers (asked once, within a short timeout; later calls reuse the answer).</summary>
    Task<bool> AnswersAsync(CancellationToken cancellationToken);

    /// <summary>A new client; the caller disposes it. Only after <see cref="AnswersAsync"/> said yes.</summary>
    IDockerClient Connect();
}
