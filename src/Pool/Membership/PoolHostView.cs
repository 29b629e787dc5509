using HostPool.Pool.Deploy;
using HostPool.Providers.Model;

namespace HostPool.Pool.Membership;

/// <summary>
/// One pool host as the store has it plus what its engine answered: its facts and hostpool's containers.
/// <see cref="Error"/> says why the engine could not be read (then <see cref="Engine"/> is null).
/// </summary>
public sealed record PoolHostView(HostRecord Record, EngineFacts? Engine, IReadOnlyList<ProjectContainer> Containers, string? Error)
{
    public bool IsDrained => PoolLabels.IsDrained(Record);

    public bool Answers => Engine is not null;
}
