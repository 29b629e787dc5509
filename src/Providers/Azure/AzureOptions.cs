using HostPool.Providers.Drivers;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HostPool.Providers.Model;

namespace HostPool.Providers.Azure;

/// <summary>The azure driver's flags for one host, parsed and checked.</summary>
internal sealed partial record AzureOptions
{
    public static readonly IReadOnlyList<string> DiskTypes = ["Standard_LRS", "StandardSSD_LRS", "Premium_LRS", "StandardSSD_ZRS", "Premium_ZRS"];

    public required AzureConnection Connection { get; init; }

    public required string ResourceGroup { get; init; }

    public string Location { get; init; } = AzureFlags.DefaultLocation;

    public string VmSize { get; init; } = AzureFlags.DefaultVmSize;

    public required AzureImage Image { get; init; }

    public string SshUser { get; init; } = AzureFlags.DefaultSshUser;

    public int DiskSize { get; init; } = 30;

    public string DiskType { get; init; } = AzureFlags.DefaultDiskType;

    public bool StaticPublicIp { get; init; } = true;

    public bool PrivateAddressOnly { get; init; }

    public string? Zone { get; init; }

    public string? CustomDataFile { get; init; }

    public string SourceCidr { get; init; } = AzureFlags.DefaultSourceCidr;

    public bool Deallocate { get; init; } = true;

    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>Reads the flags of <paramref name="spec"/> with their defaults; throws a UsageException listing every bad one.</summary>
    public static AzureOptions From(HostSpec spec) => From(spec.Pool, spec.Option, spec.Options);

    /// <summary>The options of a stored host (non-secret flags; the secret comes from AZURE_CLIENT_SECRET again).</summary>
    public static AzureOptions Of(HostRecord host) =>
        From(host.Pool, name => host.DriverOptions.TryGetValue(name, out var v) && v.Count > 0 ? v[^1] : null, name => host.DriverOptions.TryGetValue(name, out var v) ? v : []);

    /// <summary>The connection alone, from flags or the environment (for gc).</summary>
    public static AzureConnection ConnectionFrom(Func<string, string?> option)
    {
        var problems = new List<string>();
        var connection = ParseConnection(WithEnvironment(option), problems);
        return problems.Count == 0 ? connection : throw new UsageException("The azure driver cannot use these flags: " + string.Join("; ", problems) + ".");
    }

    private static AzureOptions From(string pool, Func<string, string?> given, Func<string, IReadOnlyList<string>> options)
    {
        var option = WithEnvironment(given);
        var problems = new List<string>();
        var connection = ParseConnection(option, problems);

        var group = option(AzureFlags.ResourceGroup) ?? AzureNames.DefaultResourceGroup(pool);
        if (!ResourceGroupName().IsMatch(group) || group.EndsWith('.'))
        {
            problems.Add($"--{AzureFlags.ResourceGroup} '{group}' is not a resource group name (1 to 90 letters, digits, '-', '_', '.', '(' or ')')");
        }

        var location = option(AzureFlags.Location) ?? AzureFlags.DefaultLocation;
        if (!LocationName().IsMatch(location))
        {
            problems.Add($"--{AzureFlags.Location} '{location}' is not a location name (e.g. eastus, westeurope)");
        }

        var size = option(AzureFlags.VmSize) ?? AzureFlags.DefaultVmSize;
        if (!VmSizeName().IsMatch(size))
        {
            problems.Add($"--{AzureFlags.VmSize} '{size}' is not a VM size (e.g. Standard_B2s)");
        }

        var imageText = option(AzureFlags.Image) ?? AzureFlags.DefaultImage;
        var image = AzureImage.TryParse(imageText);
        if (image is null)
        {
            problems.Add($"--{AzureFlags.Image} '{imageText}' is not publisher:offer:sku:version (e.g. {AzureFlags.DefaultImage})");
        }

        var user = option(AzureFlags.SshUser) ?? AzureFlags.DefaultSshUser;
        if (!UserName().IsMatch(user))
        {
            problems.Add($"--{AzureFlags.SshUser} '{user}' is not a Linux user name (lower-case letters, digits, '-', '_'; up to 32)");
        }

        var sizeText = option(AzureFlags.DiskSize) ?? AzureFlags.DefaultDiskSize;
        if (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var diskSize) || diskSize is < 30 or > 4095)
        {
            problems.Add($"--{AzureFlags.DiskSize} '{sizeText}' is not a size in GiB from 30 to 4095");
        }

        var diskType = option(AzureFlags.DiskType) ?? AzureFlags.DefaultDiskType;
        if (!DiskTypes.Contains(diskType))
        {
            problems.Add($"--{AzureFlags.DiskType} '{diskType}' is not one of {string.Join(", ", DiskTypes)}");
        }

        var publicIp = option(AzureFlags.PublicIp) ?? "static";
        if (publicIp is not ("static" or "dynamic"))
        {
            problems.Add($"--{AzureFlags.PublicIp} is static or dynamic (got '{publicIp}')");
        }

        var zone = option(AzureFlags.Zone);
        if (zone is not (null or "1" or "2" or "3"))
        {
            problems.Add($"--{AzureFlags.Zone} is 1, 2 or 3 (got '{zone}')");
        }

        var stopMode = option(AzureFlags.StopMode) ?? "deallocate";
        if (stopMode is not ("deallocate" or "poweroff"))
        {
            problems.Add($"--{AzureFlags.StopMode} is deallocate or poweroff (got '{stopMode}')");
        }

        var sourceCidr = option(AzureFlags.SourceCidr) ?? AzureFlags.DefaultSourceCidr;
        if (!IPNetwork.TryParse(sourceCidr, out _))
        {
            problems.Add($"--{AzureFlags.SourceCidr} '{sourceCidr}' is not an address range (e.g. 203.0.113.0/24)");
        }

        var customData = option(AzureFlags.CustomData);
        if (customData is not null && !File.Exists(customData))
        {
            problems.Add($"--{AzureFlags.CustomData} '{customData}' is not a file");
        }

        var tags = ParseTags(options(AzureFlags.Tags), problems);
        var privateOnly = FlagValues.ParseBool(option, AzureFlags.PrivateAddressOnly, problems);
        if (problems.Count > 0)
        {
            throw new UsageException("The azure driver cannot use these flags: " + string.Join("; ", problems) + ".");
        }

        return new AzureOptions
        {
            Connection = connection,
            ResourceGroup = group,
            Location = location,
            VmSize = size,
            Image = image!,
            SshUser = user,
            DiskSize = diskSize,
            DiskType = diskType,
            StaticPublicIp = publicIp == "static",
            PrivateAddressOnly = privateOnly,
            Zone = zone,
            CustomDataFile = customData,
            SourceCidr = sourceCidr,
            Deallocate = stopMode == "deallocate",
            Tags = tags,
        };
    }

    private static AzureConnection ParseConnection(Func<string, string?> option, List<string> problems)
    {
        var subscription = option(AzureFlags.SubscriptionId);
        if (subscription is null || !Guid.TryParse(subscription, out _))
        {
            problems.Add(subscription is null
                ? $"--{AzureFlags.SubscriptionId} (or AZURE_SUBSCRIPTION_ID) is required"
                : $"--{AzureFlags.SubscriptionId} '{subscription}' is not a subscription id (a GUID)");
        }

        var arm = ParseEndpoint(option, AzureFlags.ArmEndpoint, AzureFlags.DefaultArmEndpoint, problems);
        var authority = ParseEndpoint(option, AzureFlags.AuthorityHost, AzureFlags.DefaultAuthorityHost, problems);
        var caCert = option(AzureFlags.CaCert);
        if (caCert is not null && !File.Exists(caCert))
        {
            problems.Add($"--{AzureFlags.CaCert} '{caCert}' is not a file");
        }

        var clientId = option(AzureFlags.ClientId);
        var secret = option(AzureFlags.ClientSecret);
        var tenant = option(AzureFlags.TenantId);
        if (secret is not null && (clientId is null || tenant is null))
        {
            problems.Add($"--{AzureFlags.ClientSecret} needs --{AzureFlags.ClientId} and --{AzureFlags.TenantId} (or AZURE_CLIENT_ID and AZURE_TENANT_ID)");
        }

        return new AzureConnection(subscription ?? "")
        {
            TenantId = tenant,
            ClientId = clientId,
            ClientSecret = secret,
            ArmEndpoint = arm,
            AuthorityHost = authority,
            CaCertificateFile = caCert is null ? null : Path.GetFullPath(caCert),
        };
    }

    private static Uri ParseEndpoint(Func<string, string?> option, string flag, string fallback, List<string> problems)
    {
        var text = option(flag) ?? fallback;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
        {
            return uri;
        }

        problems.Add($"--{flag} '{text}' is not an https URL (Azure sends bearer tokens over https only)");
        return new Uri(fallback);
    }

    /// <summary>Flags with an environment variable read it when not given (the secret is never stored, so a stored host needs it).</summary>
    private static Func<string, string?> WithEnvironment(Func<string, string?> option) => name =>
        option(name) ?? (AzureFlags.All.FirstOrDefault(f => f.Name == name)?.EnvironmentVariable is { } variable
            ? Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null
            : null);


    private static Dictionary<string, string> ParseTags(IReadOnlyList<string> values, List<string> problems)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length is 0 or > 512 || parts[1].Length > 256 || parts[0].IndexOfAny(['<', '>', '%', '&', '\\', '?', '/']) >= 0)
            {
                problems.Add($"--{AzureFlags.Tags} '{pair}' is not key=value (key 1 to 512 characters without <>%&\\?/, value up to 256)");
            }
            else if (parts[0].StartsWith(AzureTags.Prefix, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{AzureTags.Prefix}* tag keys are reserved (got '{parts[0]}')");
            }
            else
            {
                tags[parts[0]] = parts[1];
            }
        }

        return tags;
    }

    [GeneratedRegex("^[-\\w._()]{1,90}$")]
    private static partial Regex ResourceGroupName();

    [GeneratedRegex("^[a-z][a-z0-9]{1,40}$")]
    private static partial Regex LocationName();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{1,63}$")]
    private static partial Regex VmSizeName();

    [GeneratedRegex("^[a-z_][a-z0-9_-]{0,31}$")]
    private static partial Regex UserName();
}
