using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Search;

/// <summary>
/// Pagefind's pagefind-entry.json: the bundle's version, each language's metadata file and page
/// count, the characters kept in words. One Pagefind run writes it for the languages it indexed.
/// </summary>
public static class PagefindEntry
{
    public const string FileName = "pagefind-entry.json";

    /// <summary>
    /// The entry of several runs into one bundle, written as a single run over all of them writes it:
    /// the last run's fields in their order, the languages of every run in ordinal order, compact, non-ASCII kept as is.
    /// </summary>
    public static string Merge(IReadOnlyList<string> entries) => Merge(entries, null);

    /// <summary><paramref name="entry"/> with <paramref name="language"/>'s metadata file and page count replaced, as after joining its parts.</summary>
    public static string WithLanguage(string entry, string language, string hash, int pageCount) => Merge([entry], (language, hash, pageCount));

    private static string Merge(IReadOnlyList<string> entries, (string Code, string Hash, int PageCount)? replaced)
    {
        var documents = entries.Select(e => JsonDocument.Parse(e)).ToList();
        try
        {
            var languages = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var document in documents)
                foreach (var language in document.RootElement.GetProperty("languages").EnumerateObject())
                    languages[language.Name] = language.Value;
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                foreach (var property in documents[^1].RootElement.EnumerateObject())
                {
                    if (property.Name != "languages")
                    {
                        property.WriteTo(json);
                        continue;
                    }
                    json.WriteStartObject("languages");
                    foreach (var (code, value) in languages)
                    {
                        json.WritePropertyName(code);
                        if (replaced is { } r && r.Code == code) WriteReplaced(json, value, r.Hash, r.PageCount);
                        else value.WriteTo(json);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }
        finally
        {
            foreach (var document in documents) document.Dispose();
        }
    }

    private static void WriteReplaced(Utf8JsonWriter json, JsonElement language, string hash, int pageCount)
    {
        json.WriteStartObject();
        foreach (var field in language.EnumerateObject())
        {
            if (field.Name == "hash") json.WriteString("hash", hash);
            else if (field.Name == "page_count") json.WriteNumber("page_count", pageCount);
            else field.WriteTo(json);
        }
        json.WriteEndObject();
    }
}
