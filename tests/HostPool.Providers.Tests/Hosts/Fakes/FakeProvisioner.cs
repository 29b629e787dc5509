using HostPool.Providers.Provisioning;

namespace HostPool.Providers.Tests.Hosts.Fakes;

internal sealed class FakeProvisioner : IProvisioner
{
    public Exception? Failure { get; set; }

    public List<ProvisionRequest> Requests { get; } = [];

    public Task<ProvisionResult> ProvisionAsync(ProvisionRequest request, IProgress<string> progress, CancellationToken cancellationToken)
    {
        lock (Requests)
        {
            Requests.Add(request);
        }

        progress.Report("configuring engine");
        if (Failure is not null)
        {
            throw Failure;
        }

        return Task.FromResult(new ProvisionResult("20.10.24", "debian 12", InstalledDocker: false, [request.Host.PublicAddress!]));
    }
}
