using System.Globalization;
using System.Text;

namespace HostPool.CloudSim.Ec2;

/// <summary>
/// NextToken pagination: <c>MaxResults</c> (5 to 1000 as EC2 allows) cuts a result; the token is an opaque
/// string holding the next offset. Without MaxResults everything is returned at once.
/// </summary>
internal static class Ec2Page
{
    public static (IReadOnlyList<T> Items, string? NextToken) Cut<T>(IReadOnlyList<T> all, Ec2Query query)
    {
        var max = query.Int("MaxResults");
        var offset = Decode(query.Get("NextToken"));
        if (max is null)
        {
            return ([.. all.Skip(offset)], null);
        }

        if (max is < 5 or > 1000)
        {
            throw Ec2Errors.InvalidParameterValue("MaxResults", max.Value.ToString(CultureInfo.InvariantCulture));
        }

        var page = all.Skip(offset).Take(max.Value).ToList();
        var next = offset + page.Count;
        return (page, next < all.Count ? Encode(next) : null);
    }

    private static string Encode(int offset) => Convert.ToBase64String(Encoding.ASCII.GetBytes("offset:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static int Decode(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }

        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(token));
            if (text.StartsWith("offset:", StringComparison.Ordinal) && int.TryParse(text[7..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw new Ec2Exception("InvalidNextToken", "The token provided is invalid.");
    }
}
