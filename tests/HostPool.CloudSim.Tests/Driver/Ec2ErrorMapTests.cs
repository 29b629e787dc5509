using System.Net;
using System.Xml.Linq;
using Amazon.EC2;
using Amazon.Runtime;
using HostPool.CloudSim.Tests.TestKit;
using HostPool.Providers.Ec2;

namespace HostPool.CloudSim.Tests.Driver;

/// <summary>The driver's reading of every authored EC2 error body: retried, gone, or what the user must change.</summary>
public sealed class Ec2ErrorMapTests
{
    private static readonly Ec2Connection Connection = new("us-east-1");

    [Theory]
    [InlineData("RequestLimitExceeded", 503, true)]
    [InlineData("InsufficientInstanceCapacity", 500, false)]
    [InlineData("UnauthorizedOperation", 403, false)]
    [InlineData("InvalidAMIID.NotFound", 400, false)]
    [InlineData("AuthFailure", 401, false)]
    [InlineData("VcpuLimitExceeded", 400, false)]
    public void IsTransient_AuthoredErrorBody_RetriesOnlyThrottlingAndServerErrors(string code, int status, bool transient)
    {
        var error = FromSample(code, status);

        Assert.Equal(transient, Ec2ErrorCodes.IsTransient(error));
    }

    [Theory]
    [InlineData("InvalidInstanceID.NotFound")]
    [InlineData("InvalidKeyPair.NotFound")]
    [InlineData("InvalidGroup.NotFound")]
    public void IsNotFound_NotFoundSample_CountsAsGone(string code) =>
        Assert.True(Ec2ErrorCodes.IsNotFound(FromSample(code, 400)));

    [Theory]
    [InlineData("UnauthorizedOperation", 403, typeof(UsageException), "ec2:RunInstances")]
    [InlineData("InvalidAMIID.NotFound", 400, typeof(UsageException), "--ec2-ami")]
    [InlineData("AuthFailure", 401, typeof(UsageException), "AWS_ACCESS_KEY_ID")]
    [InlineData("VcpuLimitExceeded", 400, typeof(UsageException), "quota")]
    [InlineData("InsufficientInstanceCapacity", 500, typeof(ProviderException), "--ec2-instance-type")]
    [InlineData("InvalidParameterValue", 400, typeof(UsageException), "ec2 flags")]
    [InlineData("InvalidKeyPair.Duplicate", 400, typeof(ConflictException), "hostpool gc")]
    public void Map_AuthoredErrorBody_SaysWhatToChange(string code, int status, Type expected, string advice)
    {
        var mapped = Ec2ErrorMap.Map(FromSample(code, status), "RunInstances", Connection);

        Assert.IsType(expected, mapped);
        Assert.Contains(code, mapped.Message, StringComparison.Ordinal);
        Assert.Contains(advice, mapped.Message, StringComparison.Ordinal);
    }

    private static AmazonEC2Exception FromSample(string code, int status)
    {
        var body = XDocument.Load(Path.Combine(Samples.Directory, "authored", "errors", code + ".xml"));
        var error = body.Root!.Element("Errors")!.Element("Error")!;
        Assert.Equal(code, error.Element("Code")!.Value);
        return new AmazonEC2Exception(error.Element("Message")!.Value, ErrorType.Sender, code, body.Root.Element("RequestID")!.Value, (HttpStatusCode)status);
    }
}
