using System.Globalization;
using System.Text.Json.Nodes;

namespace HostPool.CloudSim.DigitalOcean;

/// <summary>
/// The API's pagination (description.yml, shared/pages.yml): <c>page</c> and <c>per_page</c> (20 by default, at most
/// 200), <c>links.pages</c> with the first/prev/next/last links that make sense, and <c>meta.total</c>.
/// </summary>
internal static class DoPaging
{
    public const int DefaultPerPage = 20;
    public const int MaxPerPage = 200;

    public static JsonObject Page(string property, IReadOnlyList<JsonNode> all, DoRequest request, string path)
    {
        var perPage = request.QInt("per_page", DefaultPerPage, 1, MaxPerPage);
        var page = request.QInt("page", 1, 1, int.MaxValue);
        var last = Math.Max(1, (all.Count + perPage - 1) / perPage);
        var pages = new JsonObject();
        if (page > 1)
        {
            pages["first"] = Link(request, path, 1, perPage);
            pages["prev"] = Link(request, path, Math.Min(page - 1, last), perPage);
        }

        if (page < last)
        {
            pages["last"] = Link(request, path, last, perPage);
            pages["next"] = Link(request, path, page + 1, perPage);
        }

        return new JsonObject
        {
            [property] = new JsonArray([.. all.Skip((page - 1) * perPage).Take(perPage).Select(n => n.DeepClone())]),
            ["links"] = new JsonObject { ["pages"] = pages },
            ["meta"] = new JsonObject { ["total"] = all.Count },
        };
    }

    private static string Link(DoRequest request, string path, int page, int perPage)
    {
        var query = request.Query.Where(q => q.Key is not ("page" or "per_page"))
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}")
            .Append($"page={page.ToString(CultureInfo.InvariantCulture)}")
            .Append($"per_page={perPage.ToString(CultureInfo.InvariantCulture)}");
        return $"{request.BaseUrl}/v2/{path}?{string.Join('&', query)}";
    }
}
