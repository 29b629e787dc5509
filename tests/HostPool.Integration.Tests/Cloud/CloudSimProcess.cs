using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using HostPool.Integration.Tests.Cli;

namespace HostPool.Integration.Tests.Cloud;

/// <summary>
/// The standalone cloud simulator (tests/CloudSim) in its own process, as a user would start it
/// (`HostPool.CloudSim --ec2 0 --backend local`): its instances are real local hosts. Stopped with SIGTERM so it
/// removes the machines it made.
/// </summary>
internal sealed class CloudSimProcess : IAsyncDisposable
{
    private readonly Process _process;

    private CloudSimProcess(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    /// <summary>
    /// The bridge and range of the simulators' machines (and of the local hosts that join them in a pool): their own,
    /// apart from the default bridge that the in-process simulator tests make and remove hosts on at the same time.
    /// </summary>
    public const string Bridge = "hpsim0";

    public const string Subnet = "10.212.0.0/24";

    public Uri Endpoint { get; }

    /// <summary>What the simulator printed before it was ready (e.g. "azure ca-cert PATH ...").</summary>
    public IReadOnlyList<string> Announced { get; private init; } = [];

    public static async Task<CloudSimProcess> StartAsync(string provider, CancellationToken cancellationToken)
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
        var dll = Path.Combine(DockerCli.RepositoryRoot(), "tests", "CloudSim", "bin", configuration, "net10.0", "HostPool.CloudSim.dll");
        var start = new ProcessStartInfo("dotnet", [dll, $"--{provider}", "0", "--backend", "local", "--transition-ms", "100", "--local-bridge", Bridge, "--local-subnet", Subnet])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        Uri? endpoint = null;
        var announced = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            announced.Add(line);
            if (line.StartsWith($"{provider} endpoint ", StringComparison.Ordinal))
            {
                endpoint = new Uri(line[$"{provider} endpoint ".Length..].Trim());
            }

            if (line.StartsWith("ready", StringComparison.Ordinal))
            {
                break;
            }
        }

        return endpoint is not null
            ? new CloudSimProcess(process, endpoint) { Announced = announced }
            : throw new InvalidOperationException("The simulator did not start: " + await process.StandardError.ReadToEndAsync(cancellationToken));
    }

    /// <summary>The simulator's leak report: every live resource.</summary>
    public async Task<IReadOnlyList<JsonElement>> LiveResourcesAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient(TrustingHandler()) { BaseAddress = Endpoint };
        var report = await http.GetFromJsonAsync<JsonElement>("/_sim/leaks", cancellationToken);
        var live = report.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value;
        return [.. live.EnumerateArray()];
    }

    /// <summary>A handler that trusts the CA the simulator announced (an https simulator), and nothing else.</summary>
    private HttpClientHandler TrustingHandler()
    {
        var handler = new HttpClientHandler();
        var caCert = Announced.Select(l => l.Split(' ')).FirstOrDefault(words => words.Length > 2 && words[1] == "ca-cert")?[2];
        if (caCert is not null)
        {
            var authority = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(File.ReadAllText(caCert));
            handler.ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                using var chain = new System.Security.Cryptography.X509Certificates.X509Chain();
                chain.ChainPolicy.TrustMode = System.Security.Cryptography.X509Certificates.X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(authority);
                chain.ChainPolicy.RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck;
                return certificate is not null && chain.Build(certificate);
            };
        }

        return handler;
    }

    /// <summary>Waits until the leak report lists a resource whose entry mentions <paramref name="kind"/> (e.g. "instance", "server").</summary>
    public async Task WaitForLiveAsync(string kind, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!(await LiveResourcesAsync(cancellationToken)).Any(r => r.ToString().Contains(kind, StringComparison.OrdinalIgnoreCase)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the create never made a {kind}");
            await Task.Delay(100, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }
}
