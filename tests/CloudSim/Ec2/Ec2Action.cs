namespace HostPool.CloudSim.Ec2;

/// <summary>One action's handler: runs under the cloud's lock and returns the response's children.</summary>
internal delegate object?[] Ec2Action(Ec2Query query);
