namespace HostPool.CloudSim.Ec2;

/// <summary>EC2 instance states with their API codes (the low byte of instanceState/code).</summary>
internal enum SimInstanceState
{
    Pending = 0,
    Running = 16,
    ShuttingDown = 32,
    Terminated = 48,
    Stopping = 64,
    Stopped = 80,
}
