using System.Globalization;
using HostPool.Compose.Model;
using HostPool.Pool.Scheduling;

namespace HostPool.Pool.Mapping;

/// <summary>The host ports a service publishes: a fixed port or every port of a range; ephemeral ports hold nothing.</summary>
internal static class PortDemand
{
    public static IReadOnlyList<PublishedPort> Of(ComposeService service)
    {
        var ports = new List<PublishedPort>();
        foreach (var port in service.Ports)
        {
            if (string.IsNullOrEmpty(port.Published))
            {
                continue;
            }

            var (first, last) = Range(service.Name, port.Published);
            for (var number = first; number <= last; number++)
            {
                ports.Add(new PublishedPort(number, port.Protocol, port.HostIp ?? string.Empty));
            }
        }

        return ports;
    }

    private static (int First, int Last) Range(string service, string published)
    {
        var dash = published.IndexOf('-');
        var first = Number(service, dash < 0 ? published : published[..dash]);
        var last = dash < 0 ? first : Number(service, published[(dash + 1)..]);
        if (last < first)
        {
            throw new InvalidInputException($"service '{service}' publishes the range {published}, which ends before it starts; write it low-high");
        }

        return (first, last);
    }

    private static int Number(string service, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 65535
            ? number
            : throw new InvalidInputException($"service '{service}' publishes port '{text}', which is not a port number (1-65535)");
}
