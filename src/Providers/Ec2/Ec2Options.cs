using HostPool.Providers.Drivers;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HostPool.Providers.Model;

namespace HostPool.Providers.Ec2;

/// <summary>The ec2 driver's flags for one host, parsed and checked.</summary>
internal sealed partial record Ec2Options
{
    public static readonly IReadOnlyList<string> VolumeTypes = ["gp3", "gp2", "io1", "io2", "st1", "sc1", "standard"];

    public required Ec2Connection Connection { get; init; }

    public string InstanceType { get; init; } = Ec2Flags.DefaultInstanceType;

    public string? Ami { get; init; }

    public string? VpcId { get; init; }

    public string? SubnetId { get; init; }

    public int RootSize { get; init; } = 16;

    public string VolumeType { get; init; } = Ec2Flags.DefaultVolumeType;

    public string? SshUser { get; init; }

    public bool PrivateAddressOnly { get; init; }

    public bool Spot { get; init; }

    public string? IamInstanceProfile { get; init; }

    public string? UserDataFile { get; init; }

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    public string SourceCidr { get; init; } = Ec2Flags.DefaultSourceCidr;

    /// <summary>Reads the flags of <paramref name="spec"/> with their defaults; throws a UsageException listing every bad one.</summary>
    public static Ec2Options From(HostSpec spec) => From(spec.Option, spec.Options);

    /// <summary>The connection part only, from a stored host's non-secret options (credentials then come from the AWS chain).</summary>
    public static Ec2Connection ConnectionOf(HostRecord host) =>
        From(name => host.DriverOptions.TryGetValue(name, out var v) && v.Count > 0 ? v[^1] : null, _ => []).Connection;

    private static Ec2Options From(Func<string, string?> option, Func<string, IReadOnlyList<string>> options)
    {
        var problems = new List<string>();
        var region = option(Ec2Flags.Region) ?? Ec2Flags.DefaultRegion;
        if (!RegionName().IsMatch(region))
        {
            problems.Add($"--{Ec2Flags.Region} '{region}' is not a region name (e.g. us-east-1)");
        }

        Uri? endpoint = null;
        if (option(Ec2Flags.Endpoint) is { } endpointText
            && (!Uri.TryCreate(endpointText, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            problems.Add($"--{Ec2Flags.Endpoint} '{endpointText}' is not an http(s) URL (e.g. https://ec2.us-east-1.amazonaws.com)");
        }

        var accessKey = option(Ec2Flags.AccessKey);
        var secretKey = option(Ec2Flags.SecretKey);
        if ((accessKey is null) != (secretKey is null))
        {
            problems.Add($"--{Ec2Flags.AccessKey} and --{Ec2Flags.SecretKey} go together; give both or neither");
        }

        var rootText = option(Ec2Flags.RootSize) ?? Ec2Flags.DefaultRootSize;
        if (!int.TryParse(rootText, NumberStyles.None, CultureInfo.InvariantCulture, out var rootSize) || rootSize is < 8 or > 16384)
        {
            problems.Add($"--{Ec2Flags.RootSize} '{rootText}' is not a size in GiB from 8 to 16384");
        }

        var volumeType = option(Ec2Flags.VolumeType) ?? Ec2Flags.DefaultVolumeType;
        if (!VolumeTypes.Contains(volumeType))
        {
            problems.Add($"--{Ec2Flags.VolumeType} '{volumeType}' is not one of {string.Join(", ", VolumeTypes)}");
        }

        var instanceType = option(Ec2Flags.InstanceType) ?? Ec2Flags.DefaultInstanceType;
        if (!InstanceTypeName().IsMatch(instanceType))
        {
            problems.Add($"--{Ec2Flags.InstanceType} '{instanceType}' is not an instance type (e.g. t3.medium)");
        }

        CheckId(problems, option, Ec2Flags.Ami, "ami");
        CheckId(problems, option, Ec2Flags.VpcId, "vpc");
        CheckId(problems, option, Ec2Flags.SubnetId, "subnet");
        var sourceCidr = option(Ec2Flags.SourceCidr) ?? Ec2Flags.DefaultSourceCidr;
        if (!IPNetwork.TryParse(sourceCidr, out _))
        {
            problems.Add($"--{Ec2Flags.SourceCidr} '{sourceCidr}' is not an address range (e.g. 203.0.113.0/24)");
        }

        var userData = option(Ec2Flags.UserData);
        if (userData is not null && !File.Exists(userData))
        {
            problems.Add($"--{Ec2Flags.UserData} '{userData}' is not a file");
        }

        var tags = ParseTags(options(Ec2Flags.Tags), problems);
        var privateOnly = FlagValues.ParseBool(option, Ec2Flags.PrivateAddressOnly, problems);
        var spot = FlagValues.ParseBool(option, Ec2Flags.Spot, problems);
        if (problems.Count > 0)
        {
            throw new UsageException("The ec2 driver cannot use these flags: " + string.Join("; ", problems) + ".");
        }

        return new Ec2Options
        {
            Connection = new Ec2Connection(region)
            {
                Endpoint = endpoint,
                Profile = option(Ec2Flags.Profile),
                AccessKey = accessKey,
                SecretKey = secretKey,
            },
            InstanceType = instanceType,
            Ami = option(Ec2Flags.Ami),
            VpcId = option(Ec2Flags.VpcId),
            SubnetId = option(Ec2Flags.SubnetId),
            RootSize = rootSize,
            VolumeType = volumeType,
            SshUser = option(Ec2Flags.SshUser),
            PrivateAddressOnly = privateOnly,
            Spot = spot,
            IamInstanceProfile = option(Ec2Flags.IamInstanceProfile),
            UserDataFile = userData,
            Tags = tags,
            SourceCidr = sourceCidr,
        };
    }

    private static void CheckId(List<string> problems, Func<string, string?> option, string flag, string prefix)
    {
        if (option(flag) is { } id && !ResourceId().IsMatch(id.Replace(prefix + "-", "x-", StringComparison.Ordinal)))
        {
            problems.Add($"--{flag} '{id}' is not an id of the form {prefix}-0123456789abcdef0");
        }
    }


    private static Dictionary<string, string> ParseTags(IReadOnlyList<string> values, List<string> problems)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length is 0 or > 128 || parts[1].Length > 256)
            {
                problems.Add($"--{Ec2Flags.Tags} '{pair}' is not key=value (key 1 to 128 characters, value up to 256)");
            }
            else if (parts[0].StartsWith("aws:", StringComparison.OrdinalIgnoreCase) || parts[0].StartsWith(Ec2Tags.Prefix, StringComparison.Ordinal))
            {
                problems.Add($"--{Ec2Tags.Prefix}* and aws:* tag keys are reserved (got '{parts[0]}')");
            }
            else
            {
                tags[parts[0]] = parts[1];
            }
        }

        return tags;
    }

    [GeneratedRegex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$")]
    private static partial Regex RegionName();

    [GeneratedRegex("^[a-z][a-z0-9-]*[0-9]*[a-z]*\\.[a-z0-9]+$")]
    private static partial Regex InstanceTypeName();

    [GeneratedRegex("^x-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex ResourceId();
}
