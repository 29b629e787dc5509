using HostPool.CloudSim;
using HostPool.CloudSim.Common;

SimCommandLine commandLine;
try
{
    commandLine = SimCommandLine.Parse(args);
}
catch (ArgumentException error)
{
    await Console.Error.WriteLineAsync(error.Message);
    return 2;
}

await using var simulators = await Simulators.StartAsync(commandLine, CancellationToken.None);

// The web hosts take SIGTERM and Ctrl-C; when any of them stops, all stop and the backend's machines are removed.
using var stop = CancellationTokenSource.CreateLinkedTokenSource([.. simulators.Servers.Select(s => s.Stopping)]);
foreach (var server in simulators.Servers)
{
    Console.WriteLine($"{server.Simulator.Name} endpoint {server.Endpoint}");
    foreach (var line in server.Simulator.Describe())
    {
        Console.WriteLine($"{server.Simulator.Name} {line}");
    }
}

Console.WriteLine("ready (Ctrl-C stops; leaks at /_sim/leaks, faults at /_sim/faults)");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine("stopping");
}

return 0;
