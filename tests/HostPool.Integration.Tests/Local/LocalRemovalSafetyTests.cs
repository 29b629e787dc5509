using System.Diagnostics;
using HostPool.Integration.Tests.Support;
using HostPool.Providers.Local;
using HostPool.Providers.Model;

namespace HostPool.Integration.Tests.Local;

/// <summary>Removing a local host ends its own processes and never anyone else's, nor takes the bridge from a host being made.</summary>
public sealed class LocalRemovalSafetyTests
{
    [Fact]
    public async Task RemoveAsync_JournaledMountNamespaceNowUsedByAnotherProcess_LeavesThatProcessAlone()
    {
        RootNamespaces.Require();
        await using var bed = new LocalTestBed();
        // A process outside every host, in a mount namespace of its own: as if the kernel had reused the inode of a
        // namespace that a removed host once journaled.
        using var bystander = Process.Start(new ProcessStartInfo("unshare", ["--mount", "--propagation", "private", "sleep", "120"]))!;
        try
        {
            var namespaceId = await EventuallyOwnMountNamespaceAsync(bystander.Id);
            var stale = new HostRecord
            {
                Name = "gone-1",
                Pool = "default",
                Driver = "local",
                Resources = [new ResourceRef(LocalResourceKinds.MountNamespace, namespaceId)],
            };

            await bed.Driver.RemoveAsync(stale, TestContext.Current.CancellationToken);

            Assert.False(bystander.HasExited, "removing a host killed a process that was not the host's");
        }
        finally
        {
            bystander.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task RemoveAsync_LastHostWhileAnotherCreateHoldsALeaseOnTheBridge_BridgeStaysUntilThatLeaseGoes()
    {
        RootNamespaces.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var bed = new LocalTestBed();
        var host = await bed.CreateAsync("br-1", ct);
        // Another create has taken its address (under the machine lock) and will attach its veth after releasing
        // the lock: in that moment no interface of it is on the bridge yet.
        var leases = new AddressLeases(Path.Combine(LocalDriverFactory.StateDirectory, "local"));
        const string InFlight = "hp-inflight-test";
        var address = await leases.AllocateAsync(bed.Bridge, Ipv4Subnet.Parse(bed.Subnet), InFlight, ct);

        await bed.Driver.RemoveAsync(host, ct);

        Assert.True(BridgeNetwork.Exists(bed.Bridge), "the bridge was deleted under a host that had leased an address on it");

        leases.Release(bed.Bridge, address.ToString(), InFlight);
        await bed.Driver.RemoveAsync(host, ct);

        Assert.False(BridgeNetwork.Exists(bed.Bridge), "the bridge stayed after its last lease was released");
    }

    private static async Task<string> EventuallyOwnMountNamespaceAsync(int pid)
    {
        var ours = new FileInfo($"/proc/{Environment.ProcessId}/ns/mnt").LinkTarget!;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            // unshare execs sleep in the same process once its namespace exists.
            var theirs = new FileInfo($"/proc/{pid}/ns/mnt").LinkTarget;
            if (theirs is not null && theirs != ours && File.ReadAllText($"/proc/{pid}/comm").Trim() == "sleep")
            {
                return theirs;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new InvalidOperationException("unshare did not give the process a mount namespace of its own");
    }
}
