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

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();

await using var simulators = await Simulators.StartAsync(commandLine, stop.Token);
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
