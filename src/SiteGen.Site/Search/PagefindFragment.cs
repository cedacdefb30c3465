using System.Globalization;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// A page's fragment, the JSON the search results show, as Pagefind's serde writes it, byte for byte (its name is the
/// hash of these bytes): url, content, word_count, filters, meta, anchors; compact; only quotes, backslashes and control
/// characters escaped.
/// </summary>
internal static class PagefindFragment
{
    public static byte[] Json(string url, string content, int wordCount, SortedDictionary<string, List<string>> filters,
        SortedDictionary<string, string> meta, IReadOnlyList<PagefindAnchor> anchors)
    {
        var json = new StringBuilder(content.Length + 256);
        json.Append("{\"url\":");
        Text(json, url);
        json.Append(",\"content\":");
        Text(json, content);
        json.Append(",\"word_count\":").Append(wordCount.ToString(CultureInfo.InvariantCulture)).Append(",\"filters\":{");
        var first = true;
        foreach (var (name, values) in filters)
        {
            if (!first) json.Append(',');
            first = false;
            Text(json, name);
            json.Append(":[");
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0) json.Append(',');
                Text(json, values[i]);
            }
            json.Append(']');
        }
        json.Append("},\"meta\":{");
        first = true;
        foreach (var (name, value) in meta)
        {
            if (!first) json.Append(',');
            first = false;
            Text(json, name);
            json.Append(':');
            Text(json, value);
        }
        json.Append("},\"anchors\":[");
        first = true;
        foreach (var anchor in anchors)
        {
            if (!first) json.Append(',');
            first = false;
            json.Append("{\"element\":");
            Text(json, anchor.Element);
            json.Append(",\"id\":");
            Text(json, anchor.Id);
            json.Append(",\"text\":");
            Text(json, anchor.Text);
            json.Append(",\"location\":").Append(anchor.Location.ToString(CultureInfo.InvariantCulture)).Append('}');
        }
        json.Append("]}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    /// <summary>A JSON string as serde_json writes it.</summary>
    private static void Text(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                case < ' ': json.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture)); break;
                default: json.Append(c); break;
            }
        }
        json.Append('"');
    }
}
