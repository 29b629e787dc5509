using System.Text;
using System.Xml.Linq;
using HostPool.CloudSim.Common;

namespace HostPool.CloudSim.Ec2;

/// <summary>
/// The EC2 Query API as AWSSDK.EC2 speaks it: <c>POST /</c> with a form body, a SigV4 Authorization header
/// (required, never verified: any credentials are accepted), XML answers, and EC2's error envelope and statuses.
/// </summary>
internal sealed class Ec2Simulator : ICloudSimulator
{
    public const string ApiVersion = "2016-11-15";

    private readonly Ec2Cloud _cloud;
    private readonly Dictionary<string, Ec2Action> _actions;

    public Ec2Simulator(Ec2SimOptions options, IMachineBackend backend, TimeProvider time)
    {
        _cloud = new Ec2Cloud(options, backend, time);
        _actions = new[]
        {
            new InstanceActions(_cloud).Actions,
            new KeyPairActions(_cloud).Actions,
            new SecurityGroupActions(_cloud).Actions,
            new ImageActions(_cloud).Actions,
            new NetworkActions(_cloud).Actions,
            new TagActions(_cloud).Actions,
        }.SelectMany(a => a).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
    }

    public string Name => "ec2";

    public FaultInjector Faults { get; } = new();

    public IReadOnlyCollection<string> SupportedActions => _actions.Keys;

    public void Map(IEndpointRouteBuilder routes) => routes.MapPost("/", HandleAsync);

    public IReadOnlyList<LiveResource> LiveResources() => _cloud.LiveResources();

    public IReadOnlyList<string> Describe() =>
    [
        $"region {_cloud.Options.Region}, machines from the {_cloud.Backend.Name} backend (they log in as {Ec2Catalog.SimulatorSshUser})",
        .. _cloud.Images.Select(i => $"image {i.Id} owner {i.OwnerId} {i.Name}"),
    ];

    private async Task HandleAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        XDocument body;
        var status = 200;
        try
        {
            CheckSignature(context.Request);
            var query = await ReadAsync(context.Request, context.RequestAborted);
            body = await ExecuteAsync(query, requestId, context.RequestAborted);
        }
        catch (Ec2Exception error)
        {
            status = error.Status;
            body = Ec2Xml.Error(error.Code, error.Message, requestId);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml;charset=UTF-8";
        await context.Response.WriteAsync(body.Declaration + body.ToString(SaveOptions.DisableFormatting), Encoding.UTF8, context.RequestAborted);
    }

    private async Task<XDocument> ExecuteAsync(Ec2Query query, string requestId, CancellationToken cancellationToken)
    {
        if (query.Get("Version") is null)
        {
            throw Ec2Errors.MissingParameter("Version");
        }

        var action = _actions.GetValueOrDefault(query.Action) ?? throw Ec2Errors.InvalidAction(query.Action);
        var decision = Faults.Next(query.Action, createsMachine: query.Action == "RunInstances");
        if (decision.Delay > TimeSpan.Zero)
        {
            await Task.Delay(decision.Delay, _cloud.Time, cancellationToken);
        }

        if (decision.Fault is { AfterEffect: false } before)
        {
            throw Error(before, query);
        }

        object?[] content;
        lock (_cloud.Gate)
        {
            _cloud.Advance();
            content = action(query);
        }

        if (decision.Fault is { } after)
        {
            throw Error(after, query);
        }

        return Ec2Xml.Response(query.Action, requestId, content);
    }

    private static Ec2Exception Error(InjectedFault fault, Ec2Query query) => fault.Kind switch
    {
        FaultKind.Throttle => Ec2Errors.RequestLimitExceeded(),
        FaultKind.ServerError => Ec2Errors.InternalError(),
        FaultKind.Capacity => Ec2Errors.InsufficientInstanceCapacity(query.Get("InstanceType") ?? "m1.small"),
        _ => Ec2Errors.ByCode(fault.Code ?? "InternalError"),
    };

    private static void CheckSignature(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(authorization))
        {
            throw Ec2Errors.MissingAuthenticationToken();
        }

        if (!Ec2Signature.IsWellFormed(authorization))
        {
            throw Ec2Errors.AuthFailure();
        }
    }

    private static async Task<Ec2Query> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in request.Query)
        {
            parameters[pair.Key] = pair.Value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var pair in form)
            {
                parameters[pair.Key] = pair.Value.ToString();
            }
        }

        return new Ec2Query(parameters);
    }
}
