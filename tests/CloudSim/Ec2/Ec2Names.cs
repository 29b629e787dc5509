namespace HostPool.CloudSim.Ec2;

/// <summary>The API's names for instance states.</summary>
internal static class Ec2Names
{
    public static string Of(SimInstanceState state) => state switch
    {
        SimInstanceState.Pending => "pending",
        SimInstanceState.Running => "running",
        SimInstanceState.ShuttingDown => "shutting-down",
        SimInstanceState.Terminated => "terminated",
        SimInstanceState.Stopping => "stopping",
        SimInstanceState.Stopped => "stopped",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
