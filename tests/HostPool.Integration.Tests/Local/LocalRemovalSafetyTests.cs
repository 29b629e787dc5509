using System.Diagnostics;
using HostPool.Integration.Tests.Support;
using HostPool.Providers.Local;
using HostPool.Providers.Model;

namespace HostPool.Integration.Tests.Local;

/// <summary>Removing a local host ends its own processes and never anyone else's.</summary>
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
