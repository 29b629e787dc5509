using System.Text;
using System.Text.RegularExpressions;

namespace HostPool.Providers.Provisioning;

/// <summary>Renders docker.service.d/10-hostpool.conf: clears the unit's ExecStart and starts dockerd with hostpool's command line.</summary>
internal static partial class SystemdDropIn
{
    public static string Render(IReadOnlyList<string> dockerdCommand, IReadOnlyList<KeyValuePair<string, string>> environment)
    {
        var lines = new StringBuilder();
        foreach (var (name, value) in environment)
        {
            lines.Append("Environment=").Append(Quote($"{name}={value}")).Append('\n');
        }

        return TemplateText.Render("10-hostpool.conf", new Dictionary<string, string>
        {
            ["ENVIRONMENT"] = lines.ToString(),
            ["DOCKERD_COMMAND"] = string.Join(' ', dockerdCommand.Select(Quote)),
        });
    }

    /// <summary>One systemd command-line word: plain when safe, else double-quoted; % and $ are escaped so systemd expands nothing.</summary>
    public static string Quote(string word)
    {
        var escaped = word.Replace("%", "%%").Replace("$", "$$");
        return PlainWord().IsMatch(word) ? escaped : "\"" + escaped.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    [GeneratedRegex(@"^[A-Za-z0-9/._:=,+@%$-]+$")]
    private static partial Regex PlainWord();
}
