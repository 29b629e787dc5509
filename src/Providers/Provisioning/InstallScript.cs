using HostPool.Providers.Ssh;
using System.Text.RegularExpressions;
using HostPool.Providers.Model;

namespace HostPool.Providers.Provisioning;

/// <summary>Renders the script that installs Docker: from the install URL when given, else with the OS family's package manager.</summary>
internal static partial class InstallScript
{
    public static string For(OperatingSystemInfo os, EngineOptions engine)
    {
        var version = engine.DockerVersion ?? "";
        if (version.Length > 0 && !VersionPattern().IsMatch(version))
        {
            throw new InvalidInputException(
                $"'{version}' is not a Docker version to pin (e.g. 20.10 or 5:24.0.7). Give a version made of letters, digits and . : ~ + _ -.");
        }

        if (engine.InstallUrl is { } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new InvalidInputException($"The engine install URL '{url}' is not an http(s) URL. Give the URL of a script that installs Docker.");
            }

            return TemplateText.Render("install-url.sh", new Dictionary<string, string>
            {
                ["INSTALL_URL"] = ShellQuote.Quote(uri.AbsoluteUri),
                ["DOCKER_VERSION"] = ShellQuote.Quote(version),
            });
        }

        return os.Family switch
        {
            OsFamily.Debian => TemplateText.Render("install-apt.sh", new Dictionary<string, string> { ["DOCKER_VERSION"] = ShellQuote.Quote(version) }),
            OsFamily.Rhel => TemplateText.Render("install-dnf.sh", new Dictionary<string, string>
            {
                ["OS_ID"] = ShellQuote.Quote(os.Id),
                ["DOCKER_VERSION"] = ShellQuote.Quote(version),
            }),
            OsFamily.Alpine => TemplateText.Render("install-apk.sh", new Dictionary<string, string> { ["DOCKER_VERSION"] = ShellQuote.Quote(version) }),
            _ => throw new ArgumentOutOfRangeException(nameof(os), os.Family, "unknown OS family"),
        };
    }

    [GeneratedRegex(@"^[0-9A-Za-z][0-9A-Za-z.:~+_-]*$")]
    private static partial Regex VersionPattern();
}
