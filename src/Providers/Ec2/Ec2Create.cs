using System.Security.Cryptography;
using Amazon.EC2.Model;
using HostPool.Providers.Drivers;
using HostPool.Providers.Model;
using HostPool.Providers.Ssh;

namespace HostPool.Providers.Ec2;

/// <summary>
/// Creates one host's EC2 resources in order, journaling each the moment it exists: key pair, the pool's security
/// group, the instance (RunInstances with a client token, so a retried call cannot make a second one). The names
/// and token are saved before the calls that make them, so a remove finds them even when an answer was lost.
/// </summary>
internal sealed class Ec2Create(HostPoolHome home, Ec2Services services)
{
    public async Task<MachineHandle> CreateAsync(HostSpec spec, IResourceJournal journal, IProgress<string> progress, CancellationToken cancellationToken)
    {
        var options = Ec2Options.From(spec);
        var calls = services.Connect(options.Connection);
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        await journal.SetProviderDataAsync(Ec2ResourceKinds.DataRegion, options.Connection.Region, cancellationToken);

        progress.Report("looking up image and subnet");
        var image = await Ec2Images.ResolveAsync(calls, options, cancellationToken);
        var subnet = await Ec2Network.ResolveAsync(calls, options, cancellationToken);
        var userData = options.UserDataFile is null ? null : await File.ReadAllBytesAsync(options.UserDataFile, cancellationToken);

        progress.Report("importing SSH key");
        var keyName = $"hostpool-{spec.Pool}-{spec.Name}-{suffix}";
        var keyFile = Path.Combine(home.MachineDirectory(spec.Name), SshKeyPair.PrivateKeyFileName);
        var key = SshKeyPair.Generate(keyName);
        PrivateFile.CreateDirectory(home.MachineDirectory(spec.Name));
        await key.WriteAsync(keyFile, cancellationToken);
        await journal.SetProviderDataAsync(Ec2ResourceKinds.DataKeyName, keyName, cancellationToken);
        var imported = await calls.RunAsync(
            "ImportKeyPair",
            (c, t) => c.ImportKeyPairAsync(Ec2Requests.ImportKeyPair(keyName, key.PublicKey, Ec2Tags.For(spec.Pool, spec.Name, Ec2Tags.RoleKeyPair, options.Tags)), t),
            cancellationToken);
        await journal.RecordAsync(new ResourceRef(Ec2ResourceKinds.KeyPair, imported.KeyPairId) { Attributes = Attributes(("name", keyName)) }, cancellationToken);

        progress.Report($"ensuring security group {Ec2PoolGroup.NameFor(spec.Pool)}");
        var groupId = await EnsureGroupAsync(calls, spec, options, subnet.VpcId, journal, cancellationToken);

        progress.Report($"launching {options.InstanceType} from {image.ImageId}");
        var clientToken = $"hostpool-{spec.Name}-{suffix}";
        await journal.SetProviderDataAsync(Ec2ResourceKinds.DataClientToken, clientToken, cancellationToken);
        var launch = new Ec2Launch(image, subnet.SubnetId, groupId, keyName, clientToken, Ec2Tags.For(spec.Pool, spec.Name, Ec2Tags.RoleInstance, options.Tags))
        {
            UserData = userData,
        };
        var instanceId = await RunAsync(calls, launch, options, spec, journal, cancellationToken);

        progress.Report($"waiting for {instanceId} to run");
        var instance = await services.Waits.WaitAsync(calls, instanceId, Ec2Waiter.InstanceRunning, cancellationToken)
            ?? throw new ProviderException($"Instance {instanceId} disappeared while starting; run 'hostpool rm {spec.Name}' and create it again.");
        var address = options.PrivateAddressOnly ? instance.PrivateIpAddress : instance.PublicIpAddress;
        if (string.IsNullOrEmpty(address))
        {
            throw new UsageException(
                $"Instance {instanceId} has no {(options.PrivateAddressOnly ? "private" : "public")} address. Use a subnet that assigns public addresses " +
                $"(--{Ec2Flags.SubnetId}), or --{Ec2Flags.PrivateAddressOnly} when this machine can reach the VPC.");
        }

        return new MachineHandle
        {
            Ssh = new SshEndpoint(address, Ec2Requests.SshPort, options.SshUser ?? Ec2Images.SshUser(image), home.ToRelative(keyFile)),
            PublicAddress = address,
            PrivateAddress = instance.PrivateIpAddress,
            ProviderId = instanceId,
            Region = options.Connection.Region,
        };
    }

    private async Task<string> EnsureGroupAsync(
        Ec2Calls calls, HostSpec spec, Ec2Options options, string vpcId, IResourceJournal journal, CancellationToken cancellationToken)
    {
        var (groupId, _) = await services.PoolGroup.EnsureAsync(calls, spec.Pool, vpcId, options.SourceCidr, options.Tags, cancellationToken);
        await journal.RecordAsync(
            new ResourceRef(Ec2ResourceKinds.SecurityGroup, groupId) { Attributes = Attributes((Ec2ResourceKinds.ScopeAttribute, Ec2ResourceKinds.PoolScope), ("vpc", vpcId)) },
            cancellationToken);
        await journal.SetProviderDataAsync(Ec2ResourceKinds.DataSecurityGroup, groupId, cancellationToken);
        return groupId;
    }

    /// <summary>RunInstances; when the pool's group was deleted by the pool's last host meanwhile, it is made again once.</summary>
    private async Task<string> RunAsync(
        Ec2Calls calls, Ec2Launch launch, Ec2Options options, HostSpec spec, IResourceJournal journal, CancellationToken cancellationToken)
    {
        Reservation reservation;
        try
        {
            reservation = (await calls.RunAsync("RunInstances", (c, t) => c.RunInstancesAsync(Ec2Requests.RunInstances(launch, options), t), cancellationToken)).Reservation;
        }
        catch (ProviderException error) when (error.InnerException is Amazon.Runtime.AmazonServiceException { ErrorCode: "InvalidGroup.NotFound" })
        {
            var vpcId = (await Ec2Network.ResolveAsync(calls, options, cancellationToken)).VpcId;
            var groupId = await EnsureGroupAsync(calls, spec, options, vpcId, journal, cancellationToken);
            var again = launch with { SecurityGroupId = groupId };
            reservation = (await calls.RunAsync("RunInstances", (c, t) => c.RunInstancesAsync(Ec2Requests.RunInstances(again, options), t), cancellationToken)).Reservation;
        }

        var instanceId = reservation.Instances[0].InstanceId;
        await journal.RecordAsync(new ResourceRef(Ec2ResourceKinds.Instance, instanceId), cancellationToken);
        return instanceId;
    }

    private static Dictionary<string, string> Attributes(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
