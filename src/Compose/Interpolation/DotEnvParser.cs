using System.Text;

namespace HostPool.Compose.Interpolation;

/// <summary>
/// Parses env files as compose does: <c>KEY=VALUE</c> lines, optional <c>export</c>, <c>#</c> comments,
/// single quotes (literal), double quotes (escapes and <c>${VAR}</c> expansion), unquoted values (expansion,
/// trailing <c> #comment</c> dropped), and a bare <c>KEY</c> that takes its value from <paramref name="lookup"/>.
/// With <c>raw</c> format every value is kept exactly as written after the first <c>=</c>.
/// </summary>
internal static class DotEnvParser
{
    public static IReadOnlyList<KeyValuePair<string, string?>> Parse(string text, Func<string, string?> lookup, bool raw = false)
    {
        var result = new List<KeyValuePair<string, string?>>();
        var known = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Resolve(string name) => known.TryGetValue(name, out var v) ? v : lookup(name);

        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!raw && line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line[7..].TrimStart();
            }

            var equals = line.IndexOf('=');
            if (equals < 0)
            {
                var bare = line.Trim();
                var value = lookup(bare);
                if (value is not null)
                {
                    Add(bare, value);
                }

                continue;
            }

            var key = line[..equals].Trim();
            var rest = line[(equals + 1)..];
            if (raw)
            {
                Add(key, rest);
                continue;
            }

            rest = rest.TrimStart();
            if (rest.StartsWith('\'') || rest.StartsWith('"'))
            {
                var quote = rest[0];
                var body = new StringBuilder();
                var closed = ReadQuoted(rest, 1, quote, body, out _);
                while (!closed && i + 1 < lines.Length)
                {
                    i++;
                    body.Append('\n');
                    closed = ReadQuoted(lines[i], 0, quote, body, out _);
                }

                var text2 = body.ToString();
                Add(key, quote == '"' ? Interpolator.Expand(Unescape(text2), Resolve) : text2);
                continue;
            }

            var comment = rest.IndexOf(" #", StringComparison.Ordinal);
            var unquoted = (comment >= 0 ? rest[..comment] : rest).Trim();
            Add(key, Interpolator.Expand(unquoted, Resolve));
        }

        return result;

        void Add(string key, string? value)
        {
            known[key] = value;
            result.Add(new KeyValuePair<string, string?>(key, value));
        }
    }

    private static bool ReadQuoted(string line, int start, char quote, StringBuilder body, out int end)
    {
        for (var j = start; j < line.Length; j++)
        {
            var c = line[j];
            if (quote == '"' && c == '\\' && j + 1 < line.Length)
            {
                body.Append(c).Append(line[j + 1]);
                j++;
                continue;
            }

            if (c == quote)
            {
                end = j;
                return true;
            }

            body.Append(c);
        }

        end = line.Length;
        return false;
    }

    private static string Unescape(string value)
    {
        if (!value.Contains('\\'))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                builder.Append(value[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => value[i] });
                continue;
            }

            builder.Append(value[i]);
        }

        return builder.ToString();
    }
}
