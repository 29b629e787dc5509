using System.Globalization;
using System.Xml.Linq;

namespace HostPool.CloudSim.Ec2;

/// <summary>
/// EC2's XML: responses <c>&lt;{Action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"&gt;</c> with a
/// <c>requestId</c>, lower-camel element names, lists as <c>&lt;item&gt;</c>; errors in the
/// <c>&lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;</c> envelope with <c>RequestID</c>.
/// </summary>
internal static class Ec2Xml
{
    public static readonly XNamespace Ns = "http://ec2.amazonaws.com/doc/2016-11-15/";

    public static XElement E(string name, params object?[] content) =>
        new(Ns + name, content.Where(c => c is not null).Select(c => c is XObject or string or System.Collections.IEnumerable ? c : Text(c!)));

    /// <summary>An element with a value, or nothing when the value is null (the API omits absent members).</summary>
    public static XElement? Opt(string name, object? value) => value is null ? null : E(name, Text(value));

    public static XElement Items(string name, IEnumerable<XElement?[]> items) =>
        E(name, items.Select(children => E("item", children)));

    public static XElement TagSet(IReadOnlyDictionary<string, string> tags) =>
        Items("tagSet", tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new[] { E("key", t.Key), E("value", t.Value) }));

    public static XElement State(SimInstanceState state, string name) =>
        E(name, E("code", (int)state), E("name", Ec2Names.Of(state)));

    public static XDocument Response(string action, string requestId, params object?[] content) =>
        new(new XDeclaration("1.0", "UTF-8", null), E(action + "Response", [E("requestId", requestId), .. content]));

    public static XDocument Error(string code, string message, string requestId) =>
        new(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(
                "Response",
                new XElement("Errors", new XElement("Error", new XElement("Code", code), new XElement("Message", message))),
                new XElement("RequestID", requestId)));

    public static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        DateTimeOffset time => Timestamp(time),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
