namespace HostPool.Providers.Provisioning;

/// <summary>
/// Turns a reachable machine into a Docker host that answers on its TLS port with mutual TLS:
/// pins the SSH host key, detects the OS and init system, installs Docker when missing, writes the
/// server certificate and daemon configuration, starts the engine and proves it with /_ping and /info.
/// Idempotent: running it again on a provisioned host changes nothing that is already right.
/// </summary>
public interface IProvisioner
{
    Task<ProvisionResult> ProvisionAsync(ProvisionRequest request, IProgress<string> progress, CancellationToken cancellationToken);
}
