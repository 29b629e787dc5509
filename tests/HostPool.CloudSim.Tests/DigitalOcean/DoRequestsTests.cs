using System.Net;
using System.Text.Json;
using HostPool.Providers;
using HostPool.Providers.DigitalOcean;
using HostPool.Providers.DigitalOcean.Api;
using HostPool.Providers.Model;

namespace HostPool.CloudSim.Tests.DigitalOcean;

/// <summary>Request bodies against the API samples, the 429 wait, and the error map.</summary>
public sealed class DoRequestsTests
{
    private static readonly DigitalOceanConnection Connection = new(new Uri("http://127.0.0.1:1/"), "token");

    [Fact]
    public void Droplet_AllSwitchesOn_SerializesWithTheSampleRequestsFieldNames()
    {
        var spec = new HostSpec
        {
            Name = "web-1",
            Driver = "digitalocean",
            DriverOptions = new Dictionary<string, IReadOnlyList<string>>
            {
                [DigitalOceanFlags.AccessToken] = ["t"], [DigitalOceanFlags.Ipv6] = ["true"], [DigitalOceanFlags.Monitoring] = ["true"],
                [DigitalOceanFlags.Backups] = ["true"], [DigitalOceanFlags.Tags] = ["env:prod,web"],
            },
        };
        var options = DigitalOceanOptions.From(spec);

        var json = JsonSerializer.SerializeToElement(DigitalOceanRequests.Droplet("web-1", options, 289794, ["hostpool", "env:prod"], "#cloud-config\n"), DoJson.Options);

        // droplets/examples.yml#droplet_create_request uses these names.
        var sample = new[] { "name", "region", "size", "image", "ssh_keys", "backups", "ipv6", "monitoring", "tags", "user_data" };
        Assert.All(sample, name => Assert.True(json.TryGetProperty(name, out _), name));
        Assert.Equal("ubuntu-24-04-x64", json.GetProperty("image").GetString());
        Assert.Equal(289794, json.GetProperty("ssh_keys")[0].GetInt64());
        Assert.False(json.TryGetProperty("private_networking", out _));
    }

    [Fact]
    public void Firewall_Serialized_HasTheCreateSamplesShape()
    {
        var json = JsonSerializer.SerializeToElement(DigitalOceanRequests.Firewall("web", "18.0.0.0/8"), DoJson.Options);

        var ssh = json.GetProperty("inbound_rules")[0];
        Assert.Equal("hostpool-web", json.GetProperty("name").GetString());
        Assert.Equal("tcp", ssh.GetProperty("protocol").GetString());
        Assert.Equal("22", ssh.GetProperty("ports").GetString());
        Assert.Equal("18.0.0.0/8", ssh.GetProperty("sources").GetProperty("addresses")[0].GetString());
        Assert.False(ssh.GetProperty("sources").TryGetProperty("tags", out _));
        Assert.Equal("::/0", json.GetProperty("outbound_rules")[0].GetProperty("destinations").GetProperty("addresses")[1].GetString());
    }

    [Fact]
    public void RetryDelay_RetryAfterGiven_WaitsThatLongUpToTheCap()
    {
        var now = DateTimeOffset.UnixEpoch;
        var limited = new DoApiException(HttpStatusCode.TooManyRequests, "too_many_requests", "API rate limit exceeded.") { RetryAfter = TimeSpan.FromSeconds(29) };
        var resetOnly = new DoApiException(HttpStatusCode.TooManyRequests, "too_many_requests", "x") { RateLimitReset = now.AddSeconds(40) };

        Assert.Equal(TimeSpan.FromSeconds(29), DoRetryDelay.For(limited, now, TimeSpan.FromMinutes(1)));
        Assert.Equal(TimeSpan.FromSeconds(10), DoRetryDelay.For(limited, now, TimeSpan.FromSeconds(10)));
        Assert.Equal(TimeSpan.FromSeconds(40), DoRetryDelay.For(resetOnly, now, TimeSpan.FromMinutes(1)));
        Assert.Null(DoRetryDelay.For(new DoApiException(HttpStatusCode.InternalServerError, "server_error", "x"), now, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void ErrorMap_Unauthorized_UsageExceptionNamingTheTokenVariable()
    {
        var error = DoErrorMap.Map(new DoApiException(HttpStatusCode.Unauthorized, "unauthorized", "Unable to authenticate you."), "droplets_list", Connection);

        Assert.IsType<UsageException>(error);
        Assert.Contains("DIGITALOCEAN_ACCESS_TOKEN", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorMap_TooManyRequestsAfterRetries_ProviderExceptionWithTheLimits()
    {
        var error = DoErrorMap.Map(new DoApiException(HttpStatusCode.TooManyRequests, "too_many_requests", "API rate limit exceeded."), "droplets_create", Connection);

        Assert.IsType<ProviderException>(error);
        Assert.Contains("250 a minute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connection_Printed_NeverShowsTheToken()
    {
        var connection = new DigitalOceanConnection(new Uri("https://api.digitalocean.com/"), "dop_v1_secret");

        Assert.DoesNotContain("dop_v1_secret", connection.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("dop_v1_secret", $"{connection}", StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_Ed25519Key_IsColonSeparatedMd5()
    {
        var key = HostPool.Providers.Ssh.SshKeyPair.Generate("x");

        Assert.Matches("^([0-9a-f]{2}:){15}[0-9a-f]{2}$", DigitalOceanKeys.Fingerprint(key.PublicKey));
    }
}
