using System.Net;
using HostPool.Providers.Model;

namespace HostPool.Providers.OpenStack;

/// <summary>The openstack driver's flags for one host, parsed and checked; credentials from flags, OS_* variables or clouds.yaml.</summary>
internal sealed record OpenStackOptions
{
    public required OpenStackCredentials Credentials { get; init; }

    public string Flavor { get; init; } = OpenStackFlags.DefaultFlavor;

    public string Image { get; init; } = OpenStackFlags.DefaultImage;

    public string? Network { get; init; }

    public string? FloatingIpPool { get; init; }

    public string SshUser { get; init; } = OpenStackFlags.DefaultSshUser;

    public string SourceCidr { get; init; } = OpenStackFlags.DefaultSourceCidr;

    public string? UserDataFile { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public static OpenStackOptions From(HostSpec spec) => From(WithEnvironment(spec.Option), spec.Options);

    /// <summary>The credentials of a stored host: its non-secret flags, then OS_* variables and clouds.yaml for the rest.</summary>
    public static OpenStackCredentials CredentialsOf(HostRecord host) =>
        CredentialsFrom(name => host.DriverOptions.TryGetValue(name, out var v) && v.Count > 0 ? v[^1] : null);

    /// <summary>The credentials gc scans with: its --openstack-* flags, then OS_* variables and clouds.yaml.</summary>
    public static OpenStackCredentials CredentialsFrom(Func<string, string?> option) => From(WithEnvironment(option), _ => []).Credentials;

    private static Func<string, string?> WithEnvironment(Func<string, string?> option) => name =>
        option(name) ?? (OpenStackFlags.All.FirstOrDefault(f => f.Name == name)?.EnvironmentVariable is { } variable
            && Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null);

    private static OpenStackOptions From(Func<string, string?> option, Func<string, IReadOnlyList<string>> options)
    {
        var cloud = option(OpenStackFlags.Cloud) is { } name ? CloudsYaml.Entry(name) : new Dictionary<string, string>();
        string? Value(string flag, string cloudKey) => option(flag) ?? cloud.GetValueOrDefault(cloudKey);
        var problems = new List<string>();
        var authText = Value(OpenStackFlags.AuthUrl, "auth_url");
        Uri? authUrl = null;
        if (authText is null || !Uri.TryCreate(authText, UriKind.Absolute, out authUrl) || authUrl.Scheme is not ("http" or "https"))
        {
            problems.Add($"--{OpenStackFlags.AuthUrl} (OS_AUTH_URL) must be Keystone's http(s) URL (got '{authText ?? "nothing"}')");
        }

        var credentials = new OpenStackCredentials(authUrl ?? new Uri("http://127.0.0.1/"))
        {
            Username = Value(OpenStackFlags.Username, "username"),
            Password = Value(OpenStackFlags.Password, "password"),
            UserDomain = Value(OpenStackFlags.UserDomain, "user_domain_name") ?? "Default",
            ProjectName = Value(OpenStackFlags.ProjectName, "project_name"),
            ProjectDomain = Value(OpenStackFlags.ProjectDomain, "project_domain_name") ?? "Default",
            ApplicationCredentialId = Value(OpenStackFlags.ApplicationCredentialId, "application_credential_id"),
            ApplicationCredentialSecret = Value(OpenStackFlags.ApplicationCredentialSecret, "application_credential_secret"),
            Region = Value(OpenStackFlags.Region, "region_name"),
            Interface = Value(OpenStackFlags.Interface, "interface") ?? OpenStackFlags.DefaultInterface,
        };
        if (credentials.IsApplicationCredential ? credentials.ApplicationCredentialSecret is null
            : credentials.Username is null || credentials.Password is null || credentials.ProjectName is null)
        {
            problems.Add("credentials are incomplete: give OS_USERNAME, OS_PASSWORD and OS_PROJECT_NAME, or OS_APPLICATION_CREDENTIAL_ID and _SECRET, or --openstack-cloud");
        }

        if (credentials.Interface is not ("public" or "internal" or "admin"))
        {
            problems.Add($"--{OpenStackFlags.Interface} is public, internal or admin (got '{credentials.Interface}')");
        }

        var sourceCidr = option(OpenStackFlags.SourceCidr) ?? OpenStackFlags.DefaultSourceCidr;
        if (!IPNetwork.TryParse(sourceCidr, out _))
        {
            problems.Add($"--{OpenStackFlags.SourceCidr} '{sourceCidr}' is not an address range (e.g. 203.0.113.0/24)");
        }

        var userData = option(OpenStackFlags.UserData);
        if (userData is not null && !File.Exists(userData))
        {
            problems.Add($"--{OpenStackFlags.UserData} '{userData}' is not a file");
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in options(OpenStackFlags.Metadata).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length is 0 or > 255 || parts[0].StartsWith(OpenStackTags.Prefix, StringComparison.Ordinal))
            {
                problems.Add($"--{OpenStackFlags.Metadata} '{pair}' is not key=value (keys starting with '{OpenStackTags.Prefix}' are reserved)");
            }
            else
            {
                metadata[parts[0]] = parts[1];
            }
        }

        if (problems.Count > 0)
        {
            throw new UsageException("The openstack driver cannot use these flags: " + string.Join("; ", problems) + ".");
        }

        return new OpenStackOptions
        {
            Credentials = credentials,
            Flavor = option(OpenStackFlags.Flavor) ?? OpenStackFlags.DefaultFlavor,
            Image = option(OpenStackFlags.Image) ?? OpenStackFlags.DefaultImage,
            Network = option(OpenStackFlags.Network),
            FloatingIpPool = option(OpenStackFlags.FloatingIpPool),
            SshUser = option(OpenStackFlags.SshUser) ?? OpenStackFlags.DefaultSshUser,
            SourceCidr = sourceCidr,
            UserDataFile = userData,
            Metadata = metadata,
        };
    }
}
