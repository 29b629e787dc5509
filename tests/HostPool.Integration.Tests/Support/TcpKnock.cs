using System.Net.Sockets;

namespace HostPool.Integration.Tests.Support;

/// <summary>Whether this machine (the root network namespace) can open a TCP connection to an address and port.</summary>
public static class TcpKnock
{
    public static async Task<bool> ReachesAsync(string address, int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync(address, port, deadline.Token);
            return true;
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
