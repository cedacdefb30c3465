using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Search;

/// <summary>
/// Pagefind's pagefind-entry.json: the bundle's version, each language's metadata file, WebAssembly and page count, the
/// characters kept in words. The search script reads it first.
/// </summary>
public static class PagefindEntry
{
    public const string FileName = "pagefind-entry.json";

    /// <summary>
    /// The entry of SiteGen's index: <paramref name="pagefinds"/> (the entry Pagefind wrote with the assets) for its
    /// version, WebAssembly names and other fields, in their order; the languages SiteGen indexed, in ordinal order, with
    /// their metadata files and page counts; compact, non-ASCII kept as is.
    /// </summary>
    internal static string Write(IReadOnlyList<PagefindIndexBuilder.Language> languages, string pagefinds)
    {
        using var document = JsonDocument.Parse(pagefinds);
        var wasm = document.RootElement.GetProperty("languages").EnumerateObject()
            .ToDictionary(l => l.Name, l => l.Value.TryGetProperty("wasm", out var w) ? w.GetString() : null, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name != "languages")
                {
                    property.WriteTo(json);
                    continue;
                }
                json.WriteStartObject("languages");
                foreach (var language in languages.OrderBy(l => l.Code, StringComparer.Ordinal))
                {
                    json.WriteStartObject(language.Code);
                    json.WriteString("hash", language.Hash);
                    json.WriteString("wasm", wasm.GetValueOrDefault(language.Code) ?? "unknown");
                    json.WriteNumber("page_count", language.PageCount);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
