using System.Net;
using System.Text.RegularExpressions;
using HostPool.Providers.Model;

namespace HostPool.Providers.DigitalOcean;

/// <summary>The digitalocean driver's flags for one host, parsed and checked.</summary>
internal sealed partial record DigitalOceanOptions
{
    public required DigitalOceanConnection Connection { get; init; }

    public string Region { get; init; } = DigitalOceanFlags.DefaultRegion;

    public string Size { get; init; } = DigitalOceanFlags.DefaultSize;

    public string Image { get; init; } = DigitalOceanFlags.DefaultImage;

    public string SshUser { get; init; } = DigitalOceanFlags.DefaultSshUser;

    public bool Ipv6 { get; init; }

    public bool PrivateNetworking { get; init; }

    public bool Monitoring { get; init; }

    public bool Backups { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? UserDataFile { get; init; }

    public string SourceCidr { get; init; } = DigitalOceanFlags.DefaultSourceCidr;

    /// <summary>Reads the flags of <paramref name="spec"/> with their defaults; throws a UsageException listing every bad one.</summary>
    public static DigitalOceanOptions From(HostSpec spec) => From(spec.Option, spec.Options, requireToken: true);

    /// <summary>The connection of a stored host: its API URL from the record, the token from DIGITALOCEAN_ACCESS_TOKEN.</summary>
    public static DigitalOceanConnection ConnectionOf(HostRecord host) =>
        DigitalOceanConnection.FromEnvironment(ApiUrl(host.DriverOptions.TryGetValue(DigitalOceanFlags.ApiUrl, out var v) && v.Count > 0 ? v[^1] : null, []));

    private static DigitalOceanOptions From(Func<string, string?> option, Func<string, IReadOnlyList<string>> options, bool requireToken)
    {
        var problems = new List<string>();
        var apiUrl = ApiUrl(option(DigitalOceanFlags.ApiUrl), problems);
        var token = option(DigitalOceanFlags.AccessToken) ?? Environment.GetEnvironmentVariable(DigitalOceanFlags.TokenVariable);
        var region = option(DigitalOceanFlags.Region) ?? DigitalOceanFlags.DefaultRegion;
        Check(problems, Slug(), region, DigitalOceanFlags.Region, "a region slug (e.g. nyc3)");
        var size = option(DigitalOceanFlags.Size) ?? DigitalOceanFlags.DefaultSize;
        Check(problems, Slug(), size, DigitalOceanFlags.Size, "a size slug (e.g. s-2vcpu-4gb)");
        var image = option(DigitalOceanFlags.Image) ?? DigitalOceanFlags.DefaultImage;
        Check(problems, Slug(), image, DigitalOceanFlags.Image, "an image slug or id (e.g. ubuntu-24-04-x64)");
        var sourceCidr = option(DigitalOceanFlags.SourceCidr) ?? DigitalOceanFlags.DefaultSourceCidr;
        if (!IPNetwork.TryParse(sourceCidr, out _))
        {
            problems.Add($"--{DigitalOceanFlags.SourceCidr} '{sourceCidr}' is not an address range (e.g. 203.0.113.0/24)");
        }

        var userData = option(DigitalOceanFlags.UserData);
        if (userData is not null && (!File.Exists(userData) || new FileInfo(userData).Length > 64 * 1024))
        {
            problems.Add($"--{DigitalOceanFlags.UserData} '{userData}' is not a file of at most 64 KiB");
        }

        var tags = options(DigitalOceanFlags.Tags)
            .SelectMany(t => t.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        foreach (var tag in tags.Where(t => !TagName().IsMatch(t) || t.StartsWith(DigitalOceanTags.Marker, StringComparison.Ordinal)))
        {
            problems.Add($"--{DigitalOceanFlags.Tags} '{tag}' is not a tag of letters, digits, '-', '_' and ':' (up to 255, not starting with '{DigitalOceanTags.Marker}')");
        }

        var switches = new
        {
            Ipv6 = Bool(option, DigitalOceanFlags.Ipv6, problems),
            Private = Bool(option, DigitalOceanFlags.PrivateNetworking, problems),
            Monitoring = Bool(option, DigitalOceanFlags.Monitoring, problems),
            Backups = Bool(option, DigitalOceanFlags.Backups, problems),
        };
        if (requireToken && string.IsNullOrEmpty(token))
        {
            throw DigitalOceanConnection.MissingToken();
        }

        if (problems.Count > 0)
        {
            throw new UsageException("The digitalocean driver cannot use these flags: " + string.Join("; ", problems) + ".");
        }

        return new DigitalOceanOptions
        {
            Connection = new DigitalOceanConnection(apiUrl, token ?? ""),
            Region = region,
            Size = size,
            Image = image,
            SshUser = option(DigitalOceanFlags.SshUser) ?? DigitalOceanFlags.DefaultSshUser,
            Ipv6 = switches.Ipv6,
            PrivateNetworking = switches.Private,
            Monitoring = switches.Monitoring,
            Backups = switches.Backups,
            Tags = tags,
            UserDataFile = userData,
            SourceCidr = sourceCidr,
        };
    }

    private static Uri ApiUrl(string? text, List<string> problems)
    {
        text ??= DigitalOceanFlags.DefaultApiUrl;
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return new Uri(url.ToString().TrimEnd('/') + "/");
        }

        problems.Add($"--{DigitalOceanFlags.ApiUrl} '{text}' is not an http(s) URL (e.g. {DigitalOceanFlags.DefaultApiUrl})");
        return new Uri(DigitalOceanFlags.DefaultApiUrl);
    }

    private static void Check(List<string> problems, Regex pattern, string value, string flag, string what)
    {
        if (!pattern.IsMatch(value))
        {
            problems.Add($"--{flag} '{value}' is not {what}");
        }
    }

    private static bool Bool(Func<string, string?> option, string flag, List<string> problems)
    {
        switch (option(flag))
        {
            case null or "false":
                return false;
            case "" or "true":
                return true;
            case var other:
                problems.Add($"--{flag} is true or false (got '{other}')");
                return false;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[a-zA-Z0-9_:-]{1,255}$")]
    private static partial Regex TagName();
}
