using HostPool.Providers.Model;
using Polly;
using Polly.Timeout;
using Renci.SshNet;

namespace HostPool.Providers.Ssh;

/// <summary>
/// Connects with SSH.NET using the host's private key file, waiting through <see cref="SshWaitPipeline"/>,
/// pinning the host key on first contact and refusing a changed one.
/// </summary>
internal sealed class SshConnector : ISshConnector
{
    private readonly HostPoolHome _home;
    private readonly IHostKeyPins _pins;
    private readonly SshWaitOptions _options;
    private readonly ResiliencePipeline _pipeline;

    public SshConnector(HostPoolHome home, IHostKeyPins pins, SshWaitOptions options, TimeProvider timeProvider)
    {
        _home = home;
        _pins = pins;
        _options = options;
        _pipeline = SshWaitPipeline.Build(options, timeProvider);
    }

    public async Task<ISshSession> ConnectAsync(string hostName, SshEndpoint endpoint, CancellationToken cancellationToken)
    {
        var keyPath = _home.Resolve(endpoint.PrivateKeyPath);
        if (!File.Exists(keyPath))
        {
            throw new ProviderException(
                $"The SSH key of '{hostName}' is missing at {keyPath}. Restore it from a backup of HOSTPOOL_HOME, or remove and create the host again.");
        }

        var pinned = await _pins.FindAsync(hostName, cancellationToken);
        Exception? lastError = null;
        try
        {
            return await _pipeline.ExecuteAsync(
                async token =>
                {
                    try
                    {
                        return await AttemptAsync(hostName, endpoint, keyPath, pinned, token);
                    }
                    catch (Exception exception) when (SshWaitPipeline.IsTransient(exception))
                    {
                        lastError = exception;
                        throw;
                    }
                },
                cancellationToken);
        }
        catch (TimeoutRejectedException timeout)
        {
            throw new ProviderException(
                $"SSH to {endpoint.User}@{endpoint.Address}:{endpoint.Port} ('{hostName}') did not succeed within {_options.Timeout.TotalSeconds:0} s" +
                $" (last error: {lastError?.Message ?? "none"}). Check that the machine is running and reachable on that port, then try again.",
                lastError ?? timeout);
        }
    }

    private async Task<ISshSession> AttemptAsync(
        string hostName, SshEndpoint endpoint, string keyPath, HostKeyPin? pinned, CancellationToken cancellationToken)
    {
        var keyFile = new PrivateKeyFile(keyPath);
        var connection = new ConnectionInfo(endpoint.Address, endpoint.Port, endpoint.User, new PrivateKeyAuthenticationMethod(endpoint.User, keyFile))
        {
            Timeout = _options.AttemptTimeout,
        };
        var client = new SshClient(connection);
        HostKeyPin? presented = null;
        client.HostKeyReceived += (_, e) =>
        {
            presented = HostKeyPin.FromBlob(e.HostKeyName, e.HostKey);
            e.CanTrust = HostKeyCheck.IsTrusted(pinned, presented);
        };

        try
        {
            await client.ConnectAsync(cancellationToken);
        }
        catch (Exception) when (pinned is not null && presented is not null && !HostKeyCheck.IsTrusted(pinned, presented))
        {
            client.Dispose();
            keyFile.Dispose();
            throw HostKeyCheck.Changed(hostName, pinned, presented);
        }
        catch
        {
            client.Dispose();
            keyFile.Dispose();
            throw;
        }

        if (pinned is null && presented is not null)
        {
            await _pins.PinAsync(hostName, presented, cancellationToken);
        }

        return new SshSession(client, keyFile, endpoint.User);
    }
}
