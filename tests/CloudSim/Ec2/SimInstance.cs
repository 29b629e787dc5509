using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.Ec2;

/// <summary>
/// A simulated instance. Its state moves as on AWS (pending -> running, stopping -> stopped, shutting-down ->
/// terminated), each step once the backend's work for it has finished and the transition time has passed.
/// Only the owning <see cref="Ec2Cloud"/> touches it, under its lock.
/// </summary>
internal sealed class SimInstance(SimLaunch launch, string id, string reservationId, DateTimeOffset launchTime) : IFilterable
{
    /// <summary>A resource of this kind used only to tell which filter names exist (AWS rejects unknown ones even when nothing matches).</summary>
    public static bool KnowsFilter(string name) => new SimInstance(new SimLaunch("ami-0", "t3.micro", null, new SimSubnet("subnet-0", "vpc-0", "10.0.0.0/24", "zone", false), [], false, null, "root"), "i-0", "r-0", default).FilterValues(name) is not null;

    public string Id { get; } = id;

    public string ReservationId { get; } = reservationId;

    public SimLaunch Launch { get; } = launch;

    public DateTimeOffset LaunchTime { get; } = launchTime;

    public SimInstanceState State { get; private set; } = SimInstanceState.Pending;

    /// <summary>The backend's machine once made; null before, or when making it failed.</summary>
    public SimMachine? Machine { get; set; }

    public string? StateReason { get; private set; }

    public Dictionary<string, string> TagValues { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Tags => TagValues;

    public bool IsLive => State is not SimInstanceState.Terminated;

    /// <summary>The address the instance answers on inside its subnet, once it has a machine.</summary>
    public string? PrivateAddress => State is SimInstanceState.Terminated ? null : Machine?.Address;

    /// <summary>Public addresses exist only while running (AWS releases them on stop), and only when asked for.</summary>
    public string? PublicAddress => State is SimInstanceState.Running or SimInstanceState.Stopping && Launch.PublicAddress ? Machine?.Address : null;

    private Task _work = Task.CompletedTask;
    private DateTimeOffset _notBefore;

    /// <summary>Moves to <paramref name="state"/> now; the next state follows when <paramref name="work"/> is done and <paramref name="notBefore"/> passed.</summary>
    public void Begin(SimInstanceState state, Func<Task, Task> work, DateTimeOffset notBefore)
    {
        State = state;
        _notBefore = notBefore;
        _work = work(_work);
    }

    /// <summary>Applies every transition that is due at <paramref name="now"/>.</summary>
    public void Advance(DateTimeOffset now)
    {
        if (!_work.IsCompleted || now < _notBefore)
        {
            return;
        }

        switch (State)
        {
            case SimInstanceState.Pending when _work.IsFaulted || Machine is null:
                State = SimInstanceState.Terminated;
                StateReason = "Server.InternalError";
                break;
            case SimInstanceState.Pending:
                State = SimInstanceState.Running;
                break;
            case SimInstanceState.Stopping:
                State = SimInstanceState.Stopped;
                StateReason = "Client.UserInitiatedShutdown";
                break;
            case SimInstanceState.ShuttingDown:
                State = SimInstanceState.Terminated;
                StateReason = "Client.UserInitiatedShutdown";
                break;
        }
    }

    public IReadOnlyList<string>? FilterValues(string name) => name switch
    {
        "instance-id" => [Id],
        "instance-state-name" => [Ec2Names.Of(State)],
        "instance-state-code" => [((int)State).ToString(System.Globalization.CultureInfo.InvariantCulture)],
        "image-id" => [Launch.ImageId],
        "instance-type" => [Launch.InstanceType],
        "key-name" => Launch.KeyName is null ? [] : [Launch.KeyName],
        "vpc-id" => [Launch.Subnet.VpcId],
        "subnet-id" => [Launch.Subnet.Id],
        "availability-zone" => [Launch.Subnet.AvailabilityZone],
        "reservation-id" => [ReservationId],
        "client-token" => Launch.ClientToken is null ? [] : [Launch.ClientToken],
        "instance.group-id" or "group-id" => [.. Launch.GroupIds],
        "private-ip-address" => PrivateAddress is null ? [] : [PrivateAddress],
        "ip-address" => PublicAddress is null ? [] : [PublicAddress],
        "instance-lifecycle" => Launch.Spot ? ["spot"] : [],
        _ => null,
    };
}
