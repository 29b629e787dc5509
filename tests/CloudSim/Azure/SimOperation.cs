using System.Text.Json.Nodes;

namespace HostPool.CloudSim.Azure;

/// <summary>
/// A long-running operation as ARM's async contract describes it: polled on its Azure-AsyncOperation URL
/// (status InProgress, then Succeeded, Failed or Canceled) or its Location URL (202 until done).
/// </summary>
internal sealed class SimOperation(string id, DateTimeOffset started)
{
    public string Id { get; } = id;

    public string Status { get; private set; } = "InProgress";

    public JsonObject? Error { get; private set; }

    public DateTimeOffset? Ended { get; private set; }

    public void Succeed(DateTimeOffset now)
    {
        Status = "Succeeded";
        Ended = now;
    }

    public void Fail(string code, string message, DateTimeOffset now)
    {
        Status = "Failed";
        Error = new JsonObject { ["code"] = code, ["message"] = message };
        Ended = now;
    }

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["name"] = Id, ["status"] = Status, ["startTime"] = started.ToString("O") };
        if (Ended is { } ended)
        {
            json["endTime"] = ended.ToString("O");
        }

        if (Error is not null)
        {
            json["error"] = Error.DeepClone();
        }

        return json;
    }
}
