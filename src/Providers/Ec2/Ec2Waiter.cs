namespace HostPool.Providers.Ec2;

/// <summary>
/// One of EC2's instance waiters (waiters-2.json): the state that ends the wait, the states that fail it, and
/// whether "not found yet" (eventual consistency right after RunInstances) means keep polling or done.
/// </summary>
internal sealed record Ec2Waiter(string Name, string Success, IReadOnlyList<string> Failure, bool NotFoundIsSuccess)
{
    public static Ec2Waiter InstanceRunning { get; } = new("InstanceRunning", "running", ["shutting-down", "terminated", "stopping"], NotFoundIsSuccess: false);

    public static Ec2Waiter InstanceStopped { get; } = new("InstanceStopped", "stopped", ["pending", "terminated"], NotFoundIsSuccess: false);

    public static Ec2Waiter InstanceTerminated { get; } = new("InstanceTerminated", "terminated", ["pending", "stopping"], NotFoundIsSuccess: true);
}
