using HostPool.Compose.Model;
using HostPool.Compose.Yaml;

namespace HostPool.Compose.Mapping;

/// <summary>Normalises <c>healthcheck</c>: a string test becomes <c>["CMD-SHELL", test]</c>; <c>["NONE"]</c> disables it.</summary>
internal static class HealthcheckMapper
{
    public static Healthcheck? Map(YNode? node, YPath path, NodeReader reader)
    {
        if (node is not YMapping m)
        {
            return null;
        }

        IReadOnlyList<string>? test = m["test"] switch
        {
            null => null,
            YSequence list => reader.StringList(list, path.Key("test")),
            var single => reader.String(single, path.Key("test")) is { } text ? ["CMD-SHELL", text] : null,
        };
        if (test is { Count: > 0 } && test[0] is not ("CMD" or "CMD-SHELL" or "NONE"))
        {
            reader.Diagnostics.Error(m["test"]!.Mark, path.Key("test"), $"a test list must start with CMD, CMD-SHELL or NONE, not \"{test[0]}\"");
        }

        return new Healthcheck
        {
            Test = test,
            Interval = reader.Duration(m["interval"], path.Key("interval")),
            Timeout = reader.Duration(m["timeout"], path.Key("timeout")),
            Retries = reader.Int(m["retries"], path.Key("retries")),
            StartPeriod = reader.Duration(m["start_period"], path.Key("start_period")),
            StartInterval = reader.Duration(m["start_interval"], path.Key("start_interval")),
            Disable = (reader.Bool(m["disable"], path.Key("disable")) ?? false) || test is ["NONE", ..],
        };
    }
}
