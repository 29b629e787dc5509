using System.Net;
using System.Text;
using System.Text.Json;
using HostPool.Providers.OpenStack;
using HostPool.Providers.OpenStack.Api;

namespace HostPool.CloudSim.Tests.OpenStack;

/// <summary>The driver's request bodies against the samples, and how it reads and maps each service's error bodies.</summary>
public sealed class OsRequestsTests
{
    private static readonly OpenStackCredentials Credentials = new(new Uri("http://127.0.0.1:5000/v3")) { Username = "u", Password = "p", ProjectName = "x", Region = "RegionOne" };

    [Fact]
    public void Read_NovaItemNotFound_KindAndMessageOfTheFault()
    {
        var error = OsErrors.Read(Response(HttpStatusCode.NotFound), """{"itemNotFound": {"code": 404, "message": "Instance abc could not be found."}}""");

        Assert.Equal("itemNotFound", error.Kind);
        Assert.Equal("Instance abc could not be found.", error.ApiMessage);
        Assert.True(error.IsNotFound);
    }

    [Fact]
    public void Read_NeutronError_KindIsTheErrorType()
    {
        var error = OsErrors.Read(Response(HttpStatusCode.Conflict), """{"NeutronError": {"type": "SecurityGroupInUse", "message": "Security Group x in use.", "detail": ""}}""");

        Assert.Equal("SecurityGroupInUse", error.Kind);
        Assert.Equal("Security Group x in use.", error.ApiMessage);
    }

    [Fact]
    public void Read_KeystoneError_KindIsTheTitle()
    {
        var error = OsErrors.Read(Response(HttpStatusCode.Unauthorized), """{"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}}""");

        Assert.Equal("Unauthorized", error.Kind);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public void Read_GlanceTextPage_KeepsStatusAndText()
    {
        var error = OsErrors.Read(Response(HttpStatusCode.NotFound), "404 Not Found\n\nNo image found with ID x\n\n   ");

        Assert.Equal("NotFound", error.Kind);
        Assert.Contains("No image found with ID x", error.ApiMessage);
    }

    [Fact]
    public void Read_OverLimitWithRetryAfter_TransientWithTheWait()
    {
        var response = Response(HttpStatusCode.TooManyRequests);
        response.Headers.Add("Retry-After", "7");

        var error = OsErrors.Read(response, """{"overLimit": {"code": 429, "message": "This request was rate-limited.", "retryAfter": "7"}}""");

        Assert.True(error.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, typeof(UsageException), "Check the credentials")]
    [InlineData(HttpStatusCode.Forbidden, typeof(UsageException), "quota")]
    [InlineData(HttpStatusCode.BadRequest, typeof(UsageException), "--openstack-flavor")]
    [InlineData(HttpStatusCode.NotFound, typeof(NotFoundException), "removed outside hostpool")]
    [InlineData(HttpStatusCode.Conflict, typeof(ConflictException), "try again")]
    [InlineData(HttpStatusCode.TooManyRequests, typeof(ProviderException), "rate or quota")]
    [InlineData(HttpStatusCode.InternalServerError, typeof(ProviderException), "kept failing")]
    public void Map_Status_ExceptionThatSaysWhatToDo(HttpStatusCode status, Type type, string advice)
    {
        var mapped = OsErrors.Map(new OsApiException(status, "kind", "what the cloud said"), "servers_create", Credentials);

        Assert.IsType(type, mapped);
        Assert.Contains("servers_create on OpenStack at http://127.0.0.1:5000/v3 (RegionOne)", mapped.Message);
        Assert.Contains("what the cloud said", mapped.Message);
        Assert.Contains(advice, mapped.Message);
    }

    [Fact]
    public void Rules_PoolGroup_SampleShapedSshDockerFromTheRangeAndSwarmFromMembers()
    {
        var sample = OsSimClient.Sample("neutron/api-ref/source/v2/samples/security-groups/security-group-rule-create-request.json")["security_group_rule"]!;

        var rules = OpenStackSecurityGroup.Rules("g1", "203.0.113.0/24").Select(r => r["security_group_rule"]!.AsObject()).ToList();

        Assert.All(rules, r => Assert.Empty(OsSimClient.Keys(r).Except(OsSimClient.Keys(sample)).Except(["remote_ip_prefix"])));
        Assert.Equal([22, 2376], rules.Where(r => r["remote_ip_prefix"]?.ToString() == "203.0.113.0/24").Select(r => (int)r["port_range_min"]!));
        Assert.Equal(4, rules.Count(r => r["remote_group_id"]?.ToString() == "g1"));
        Assert.All(rules, r => Assert.Equal("ingress", r["direction"]!.ToString()));
    }

    [Fact]
    public void OfFloatingIpDescription_WhatTheDriverWrites_PoolAndHost()
    {
        Assert.Equal(("web", "web-1"), OpenStackTags.OfFloatingIpDescription(OpenStackTags.FloatingIpDescription("web", "web-1")));
        Assert.Null(OpenStackTags.OfFloatingIpDescription("floating ip for testing"));
    }

    [Fact]
    public void RenewAt_HourAndThreeSecondTokens_AMinuteOrATenthOfTheLifetimeBefore()
    {
        var issued = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var catalog = JsonDocument.Parse("[]").RootElement;

        Assert.Equal(issued.AddMinutes(59), new OsToken("t", issued, issued.AddHours(1), catalog).RenewAt);
        Assert.Equal(issued.AddSeconds(2.7), new OsToken("t", issued, issued.AddSeconds(3), catalog).RenewAt);
    }

    [Fact]
    public void Endpoint_RegionNotInTheCatalog_SaysWhichFlagsToCheck()
    {
        var catalog = JsonDocument.Parse("""[{"type": "compute", "endpoints": [{"region_id": "RegionOne", "interface": "public", "url": "http://c/v2.1/"}]}]""").RootElement;
        var token = new OsToken("t", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(1), catalog);

        var found = token.Endpoint("compute", Credentials);
        var error = Assert.Throws<UsageException>(() => token.Endpoint("compute", Credentials with { Region = "RegionTwo" }));

        Assert.Equal("http://c/v2.1", found);
        Assert.Contains("--openstack-region", error.Message);
        Assert.Contains("in region RegionTwo", error.Message);
    }

    private static HttpResponseMessage Response(HttpStatusCode status) => new(status) { Content = new StringContent("", Encoding.UTF8) };
}
