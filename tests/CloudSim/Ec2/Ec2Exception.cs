namespace HostPool.CloudSim.Ec2;

/// <summary>An EC2 error: answered as <c>&lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;</c> with <see cref="Code"/> and the HTTP status EC2 uses.</summary>
internal sealed class Ec2Exception(string code, string message, int status = 400) : Exception(message)
{
    public string Code { get; } = code;

    public int Status { get; } = status;
}
