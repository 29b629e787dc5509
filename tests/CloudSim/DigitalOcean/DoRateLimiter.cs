namespace HostPool.CloudSim.DigitalOcean;

/// <summary>
/// The token's limits as the API describes them: each request counts for an hour (ratelimit-remaining falls, and
/// ratelimit-reset is when the oldest counted request expires) and at most a burst per minute; past either, 429.
/// </summary>
internal sealed class DoRateLimiter(DoSimOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _hour = new();
    private readonly Queue<DateTimeOffset> _minute = new();

    /// <summary>Counts one request; returns the headers to send, and the 429 to answer with when a limit is reached.</summary>
    public (IReadOnlyDictionary<string, string> Headers, DoSimException? Limited) Take()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            Expire(_hour, now - TimeSpan.FromHours(1));
            Expire(_minute, now - TimeSpan.FromMinutes(1));
            DoSimException? limited = null;
            if (_hour.Count >= options.RequestsPerHour)
            {
                limited = new DoSimException(429, "too_many_requests", "API rate limit exceeded.");
            }
            else if (_minute.Count >= options.RequestsPerMinute)
            {
                var retryAfter = (int)Math.Ceiling((_minute.Peek() + TimeSpan.FromMinutes(1) - now).TotalSeconds);
                limited = DoSimErrors.TooManyRequests(Math.Max(1, retryAfter));
            }
            else
            {
                _hour.Enqueue(now);
                _minute.Enqueue(now);
            }

            return (Headers(now, limited is null ? null : 0), limited);
        }
    }

    /// <summary>The headers as they stand, without counting a request (for answers refused before the limit is applied).</summary>
    public IReadOnlyDictionary<string, string> Peek()
    {
        lock (_gate)
        {
            return Headers(time.GetUtcNow(), null);
        }
    }

    private Dictionary<string, string> Headers(DateTimeOffset now, int? remaining)
    {
        var reset = (_hour.Count > 0 ? _hour.Peek() : now) + TimeSpan.FromHours(1);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ratelimit-limit"] = Text(options.RequestsPerHour),
            ["ratelimit-remaining"] = Text(remaining ?? Math.Max(0, options.RequestsPerHour - _hour.Count)),
            ["ratelimit-reset"] = Text(reset.ToUnixTimeSeconds()),
        };
    }

    private static void Expire(Queue<DateTimeOffset> requests, DateTimeOffset before)
    {
        while (requests.Count > 0 && requests.Peek() <= before)
        {
            requests.Dequeue();
        }
    }

    private static string Text(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
