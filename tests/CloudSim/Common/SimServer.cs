using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace HostPool.CloudSim.Common;

/// <summary>
/// Serves one simulator on 127.0.0.1 (never another interface): its API plus <c>GET /_sim/leaks</c>,
/// <c>GET /_sim/faults</c> and <c>POST /_sim/faults</c>. Port 0 picks a free port.
/// </summary>
public sealed class SimServer : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly WebApplication _app;

    private SimServer(WebApplication app, ICloudSimulator simulator, Uri endpoint)
    {
        _app = app;
        Simulator = simulator;
        Endpoint = endpoint;
    }

    public ICloudSimulator Simulator { get; }

    /// <summary>Cancelled when the server is asked to stop (SIGTERM or Ctrl-C reach the web host first).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>The base address clients point at, e.g. http://127.0.0.1:4566/.</summary>
    public Uri Endpoint { get; }

    /// <summary>Starts the server; with <paramref name="certificate"/> it serves https (clients that refuse plain http, such as Azure.Core with bearer tokens).</summary>
    public static async Task<SimServer> StartAsync(ICloudSimulator simulator, int port, CancellationToken cancellationToken, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        app.MapGet("/_sim/leaks", () => Results.Json(new LeakReport(simulator.Name, simulator.LiveResources()), Json));
        app.MapGet("/_sim/faults", () => Results.Json(new FaultReport(simulator.Faults.Plan, simulator.Faults.Injected, simulator.Faults.Calls), Json));
        app.MapPost("/_sim/faults", async (HttpRequest request, CancellationToken token) =>
        {
            var plan = await JsonSerializer.DeserializeAsync<FaultPlan>(request.Body, Json, token) ?? FaultPlan.None;
            simulator.Faults.Set(plan);
            return Results.Json(plan, Json);
        });
        simulator.Map(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimServer(app, simulator, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
