using System.Globalization;
using CsCheck;
using HostPool.Compose.Mapping;
using HostPool.Compose.Output;
using HostPool.Compose.Tests.Support;

namespace HostPool.Compose.Tests.Properties;

/// <summary>Normalisation: generated short and long forms load to the expected canonical values, and printing is a fixed point.</summary>
public sealed class NormalisationProperties
{
    private static readonly Gen<int> Port = Gen.Int[1, 60000];

    private static readonly Gen<(string Text, int Count, int FirstTarget, string? FirstPublished, string? HostIp, string Protocol)> ShortPorts =
        Gen.Select(Port, Gen.Int[0, 3], Gen.OneOf(new string?[] { null, "127.0.0.1", "[::1]", "0.0.0.0" }), Gen.OneOf("tcp", "udp"), Gen.Bool)
            .Select((target, extra, hostIp, protocol, published) =>
            {
                var range = extra == 0 ? $"{target}" : $"{target}-{target + extra}";
                var publishedRange = extra == 0 ? $"{target + 1000}" : $"{target + 1000}-{target + 1000 + extra}";
                var text = !published ? range : hostIp is null ? $"{publishedRange}:{range}" : $"{hostIp}:{publishedRange}:{range}";
                return (text + "/" + protocol, extra + 1, target, published ? (target + 1000).ToString(CultureInfo.InvariantCulture) : null,
                    published ? hostIp?.Trim('[', ']') : null, protocol);
            });

    private static readonly Gen<(string Text, long Bytes)> Sizes =
        Gen.Select(Gen.Int[0, 4096], Gen.OneOf(("b", 1L), ("k", 1L << 10), ("m", 1L << 20), ("g", 1L << 30), ("kb", 1L << 10), ("MiB", 1L << 20)))
            .Select((n, unit) => ($"{n}{unit.Item1}", n * unit.Item2));

    private static readonly Gen<TimeSpan> Durations =
        Gen.Select(Gen.Int[0, 30], Gen.Int[0, 59], Gen.Int[0, 59], Gen.Int[0, 999])
            .Select((h, m, s, ms) => new TimeSpan(0, h, m, s, ms));

    [Fact]
    public void Load_ShortPortSyntax_ExpandsToLongFormAndPrintsStably()
    {
        ShortPorts.Array[1, 4].Sample(ports =>
        {
            var yaml = "services:\n  app:\n    image: alpine\n    ports:\n" + string.Concat(ports.Select(p => $"      - \"{p.Text}\"\n"));
            var project = InMemoryLoader.Load(yaml);
            var loaded = project.Services["app"].Ports;

            var expectedCount = ports.Select(p => p.Text).Distinct().Sum(t => ports.First(p => p.Text == t).Count);
            Assert.True(loaded.Count <= ports.Sum(p => p.Count) && loaded.Count >= ports.Max(p => p.Count), $"{loaded.Count} ports from {yaml}");
            var first = loaded[0];
            Assert.Equal((ports[0].FirstTarget, ports[0].FirstPublished, ports[0].HostIp, ports[0].Protocol), (first.Target, first.Published, first.HostIp, first.Protocol));
            Assert.True(expectedCount >= loaded.Count);
            AssertPrintIsFixedPoint(project);
        });
    }

    [Fact]
    public void Load_ByteSizesCpusAndDurations_NormaliseToNumbersAndSpans()
    {
        Gen.Select(Sizes, Gen.Int[1, 800], Durations, Gen.Int[0, 20]).Sample((size, centiCpus, duration, replicas) =>
        {
            var cpus = (centiCpus / 100.0).ToString(CultureInfo.InvariantCulture);
            var yaml = $"""
                services:
                  app:
                    image: alpine
                    stop_grace_period: {DurationFormatter.Format(duration)}
                    deploy:
                      replicas: {replicas}
                      resources:
                        limits:
                          memory: {size.Text}
                          cpus: "{cpus}"
                      restart_policy:
                        delay: {(long)duration.TotalMilliseconds}ms
                """;
            var project = InMemoryLoader.Load(yaml);
            var service = project.Services["app"];

            Assert.Equal(size.Bytes, service.Deploy!.Resources.Limits!.MemoryBytes);
            Assert.Equal(centiCpus / 100.0, service.Deploy.Resources.Limits.Cpus!.Value, 9);
            Assert.Equal(duration, service.StopGracePeriod);
            Assert.Equal(duration, service.Deploy.RestartPolicy!.Delay);
            Assert.Equal(replicas, service.Deploy.Replicas);
            AssertPrintIsFixedPoint(project);
        });
    }

    [Fact]
    public void Load_ShortVolumeSyntax_ClassifiesBindNamedAndAnonymous()
    {
        var volume = Gen.Select(Gen.OneOf("data", "./conf", "/srv/abs", ""), Gen.String[Gen.Char["abcxyz"], 1, 6], Gen.OneOf("", ":ro", ":rw"))
            .Select((source, target, mode) => (Source: source, Text: source.Length == 0 ? "/" + target : $"{source}:/{target}{mode}", Target: "/" + target, ReadOnly: source.Length > 0 && mode == ":ro"));
        // The same entry twice is refused by the schema (uniqueItems), so each sample lists distinct entries.
        volume.Array[1, 4].Select(volumes => volumes.DistinctBy(v => v.Text).ToArray()).Sample(volumes =>
        {
            var yaml = "services:\n  app:\n    image: alpine\n    volumes:\n" + string.Concat(volumes.Select(v => $"      - \"{v.Text}\"\n"))
                + "volumes:\n  data: {}\n";
            var project = InMemoryLoader.Load(yaml);

            foreach (var loaded in project.Services["app"].Volumes)
            {
                var written = volumes.Last(v => v.Target == loaded.Target);
                var expectedType = written.Source is "data" or "" ? "volume" : "bind";
                var expectedSource = written.Source switch
                {
                    "" => null,
                    "data" => "data",
                    "./conf" => "/srv/proj/conf",
                    var absolute => absolute,
                };
                Assert.Equal((expectedType, expectedSource, written.ReadOnly), (loaded.Type, loaded.Source, loaded.ReadOnly));
            }

            AssertPrintIsFixedPoint(project);
        });
    }

    [Fact]
    public void Format_Duration_ParsesBackToTheSameSpan()
    {
        Gen.Long[0, TimeSpan.FromDays(10).Ticks / 10].Select(t => TimeSpan.FromTicks(t * 10)).Sample(span =>
            DurationParser.TryParse(DurationFormatter.Format(span), out var parsed) && parsed == span);
    }

    private static void AssertPrintIsFixedPoint(Model.ComposeProject project)
    {
        var printed = ComposeProjectSerializer.ToYaml(project);
        var again = InMemoryLoader.Load(printed);
        Assert.Equal(printed, ComposeProjectSerializer.ToYaml(again));
        Assert.Equal(ComposeProjectSerializer.ToJson(project), ComposeProjectSerializer.ToJson(again));
    }
}
