namespace HostPool.Providers.Ec2;

/// <summary>
/// Where and as whom the driver talks to EC2. Access and secret key are used when both are given; otherwise the
/// standard AWS chain (environment, shared credentials file and profiles) resolves credentials. Never stored.
/// </summary>
public sealed record Ec2Connection(string Region)
{
    public Uri? Endpoint { get; init; }

    public string? Profile { get; init; }

    public string? AccessKey { get; init; }

    public string? SecretKey { get; init; }

    public override string ToString() => Endpoint is null ? $"EC2 in {Region}" : $"EC2 at {Endpoint} ({Region})";
}
