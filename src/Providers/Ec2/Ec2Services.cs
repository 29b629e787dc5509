namespace HostPool.Providers.Ec2;

/// <summary>What every ec2 operation needs: clients, the retry and wait pipelines, the pool group, the clock and randomness.</summary>
internal sealed class Ec2Services(IEc2ClientFactory clients, Ec2DriverOptions options, TimeProvider time)
{
    public Ec2DriverOptions Options { get; } = options;

    public TimeProvider Time { get; } = time;

    public Ec2Waits Waits { get; } = new(options, time);

    public Ec2PoolGroup PoolGroup { get; } = new(options, time);

    public Ec2Calls Connect(Ec2Connection connection) => new(clients.Create(connection), connection, Options, Time);
}
