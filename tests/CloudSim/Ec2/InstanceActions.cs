using System.Globalization;
using System.Xml.Linq;
using HostPool.CloudSim.Common;
using static HostPool.CloudSim.Ec2.Ec2Xml;

namespace HostPool.CloudSim.Ec2;

/// <summary>RunInstances, DescribeInstances and the instance lifecycle actions.</summary>
internal sealed class InstanceActions(Ec2Cloud cloud)
{
    public IReadOnlyDictionary<string, Ec2Action> Actions => new Dictionary<string, Ec2Action>(StringComparer.Ordinal)
    {
        ["RunInstances"] = Run,
        ["DescribeInstances"] = Describe,
        ["TerminateInstances"] = Terminate,
        ["StopInstances"] = Stop,
        ["StartInstances"] = Start,
        ["RebootInstances"] = Reboot,
    };

    private object?[] Run(Ec2Query query)
    {
        var launch = new LaunchParser(cloud).Parse(query);
        var count = query.Int("MaxCount") ?? throw Ec2Errors.MissingParameter("MaxCount");
        var minimum = query.Int("MinCount") ?? throw Ec2Errors.MissingParameter("MinCount");
        if (minimum < 1 || count < minimum || count > 20)
        {
            throw Ec2Errors.InvalidParameterValue("MaxCount", count.ToString(CultureInfo.InvariantCulture));
        }

        var instances = launch.ClientToken is null ? [] : cloud.Instances.Where(i => i.Launch.ClientToken == launch.ClientToken).ToList();
        if (instances.Count > 0)
        {
            if (instances[0].Launch.Fingerprint != launch.Fingerprint)
            {
                throw new Ec2Exception("IdempotentParameterMismatch", "The client token you have provided is associated with a resource that is already deleted or with different parameters. Please use a different client token.");
            }
        }
        else
        {
            instances = Launch(launch, count, query.TagsFor("instance"));
        }

        return
        [
            E("reservationId", instances[0].ReservationId),
            E("ownerId", Ec2Catalog.AccountId),
            InstanceXml.Groups(cloud, launch.GroupIds),
            Items("instancesSet", instances.Select((instance, index) => InstanceXml.Instance(cloud, instance, index))),
        ];
    }

    private List<SimInstance> Launch(SimLaunch launch, int count, IReadOnlyDictionary<string, string> tags)
    {
        var key = launch.KeyName is null ? null : cloud.KeyPairs.First(k => k.Name == launch.KeyName);
        var reservation = cloud.NewId("r");
        var instances = new List<SimInstance>();
        for (var i = 0; i < count; i++)
        {
            var instance = new SimInstance(launch, cloud.NewId("i"), reservation, cloud.Now);
            foreach (var tag in tags)
            {
                instance.TagValues[tag.Key] = tag.Value;
            }

            var request = new MachineRequest(instance.Id, key?.PublicKey ?? "", launch.SshUser);
            instance.Begin(
                SimInstanceState.Pending,
                async previous =>
                {
                    await previous;
                    instance.Machine = await cloud.Backend.CreateAsync(request, CancellationToken.None);
                },
                cloud.Now + cloud.Options.TransitionTime);
            cloud.Instances.Add(instance);
            instances.Add(instance);
        }

        return instances;
    }

    private object?[] Describe(Ec2Query query)
    {
        var ids = query.List("InstanceId");
        foreach (var id in ids)
        {
            cloud.Instance(id);
        }

        var selected = Ec2Filters.Apply(cloud.Instances.Where(i => ids.Count == 0 || ids.Contains(i.Id)), query.Filters()).ToList();
        var (page, next) = Ec2Page.Cut(selected, query);
        return
        [
            Items("reservationSet", page.GroupBy(i => i.ReservationId).Select(reservation => new[]
            {
                E("reservationId", reservation.Key),
                E("ownerId", Ec2Catalog.AccountId),
                E("groupSet"),
                Items("instancesSet", reservation.Select((instance, index) => InstanceXml.Instance(cloud, instance, index))),
            })),
            Opt("nextToken", next),
        ];
    }

    private object?[] Terminate(Ec2Query query) => Change(query, instance =>
    {
        if (instance.State is SimInstanceState.ShuttingDown or SimInstanceState.Terminated)
        {
            return;
        }

        instance.Begin(SimInstanceState.ShuttingDown, previous => AfterAsync(previous, instance, m => cloud.Backend.TerminateAsync(m, CancellationToken.None)), Due);
    });

    private object?[] Stop(Ec2Query query) => Change(query, instance =>
    {
        switch (instance.State)
        {
            case SimInstanceState.Stopping or SimInstanceState.Stopped:
                return;
            case SimInstanceState.Running:
                instance.Begin(SimInstanceState.Stopping, previous => AfterAsync(previous, instance, m => cloud.Backend.StopAsync(m, CancellationToken.None)), Due);
                return;
            default:
                throw Ec2Errors.IncorrectInstanceState(instance.Id, Ec2Names.Of(instance.State));
        }
    });

    private object?[] Start(Ec2Query query) => Change(query, instance =>
    {
        switch (instance.State)
        {
            case SimInstanceState.Pending or SimInstanceState.Running:
                return;
            case SimInstanceState.Stopped:
                instance.Begin(
                    SimInstanceState.Pending,
                    previous => AfterAsync(previous, instance, async m => instance.Machine = await cloud.Backend.StartAsync(m, CancellationToken.None)),
                    Due);
                return;
            default:
                throw Ec2Errors.IncorrectInstanceState(instance.Id, Ec2Names.Of(instance.State));
        }
    });

    private object?[] Reboot(Ec2Query query)
    {
        foreach (var instance in query.List("InstanceId").Select(cloud.Instance))
        {
            if (instance.State is SimInstanceState.Terminated)
            {
                throw Ec2Errors.IncorrectInstanceState(instance.Id, "terminated");
            }
        }

        return [E("return", true)];
    }

    private DateTimeOffset Due => cloud.Now + cloud.Options.TransitionTime;

    /// <summary>Checks every id first (one unknown id fails the whole call, as on AWS), then applies the change and reports old and new states.</summary>
    private object?[] Change(Ec2Query query, Action<SimInstance> change)
    {
        var ids = query.List("InstanceId");
        if (ids.Count == 0)
        {
            throw Ec2Errors.MissingParameter("InstanceId");
        }

        var instances = ids.Select(cloud.Instance).ToList();
        var items = new List<XElement?[]>();
        foreach (var instance in instances)
        {
            var previous = instance.State;
            change(instance);
            items.Add([E("instanceId", instance.Id), State(instance.State, "currentState"), State(previous, "previousState")]);
        }

        return [Items("instancesSet", items)];
    }

    private static async Task AfterAsync(Task previous, SimInstance instance, Func<SimMachine, Task> next)
    {
        try
        {
            await previous;
        }
        catch (Exception)
        {
            // The earlier step's failure already shows in the instance's state; this step still runs on what exists.
        }

        if (instance.Machine is { } machine)
        {
            await next(machine);
        }
    }
}
