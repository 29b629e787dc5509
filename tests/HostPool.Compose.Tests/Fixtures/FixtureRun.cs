using System.Text.Json.Nodes;

namespace HostPool.Compose.Tests.Fixtures;

/// <summary>One load of a fixture: files, environment, env files, profiles, folder, and the checks to make.</summary>
internal sealed record FixtureRun(
    IReadOnlyList<string> ComposeFiles,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlyList<string> EnvFiles,
    IReadOnlyList<string> Profiles,
    string? WorkDir,
    JsonArray Checks)
{
    public static FixtureRun From(JsonObject node, FixtureRun? inherited)
    {
        IReadOnlyList<string>? Strings(string key) => node[key] is JsonArray a ? a.Select(v => v!.GetValue<string>()).ToList() : null;
        var environment = node["env"] is JsonObject env
            ? env.ToDictionary(p => p.Key, p => p.Value!.GetValue<string>())
            : null;
        return new FixtureRun(
            Strings("compose_files") ?? inherited?.ComposeFiles ?? [],
            environment ?? inherited?.Environment ?? new Dictionary<string, string>(),
            Strings("env_files") ?? inherited?.EnvFiles ?? [],
            Strings("profiles") ?? inherited?.Profiles ?? [],
            node["workdir"]?.GetValue<string>() ?? inherited?.WorkDir,
            node["checks"] is JsonArray checks ? (JsonArray)checks.DeepClone() : []);
    }
}
