using System.Text.Json;
using SiteGen.Content.Model;

namespace SiteGen.Outputs;

/// <summary>
/// JSON-LD for search engines. System.Text.Json's default encoder escapes &lt; &gt; &amp; and quotes,
/// so no title can close the script data block it is written into.
/// </summary>
internal static class StructuredData
{
    public static string NewsArticle(Article article, SiteContent content)
    {
        var language = content.Site[article.Language];
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["description"] = article.Summary,
            ["inLanguage"] = language.Locale,
            ["datePublished"] = Iso(article.Date),
            ["dateModified"] = Iso(article.Modified),
            ["mainEntityOfPage"] = content.Urls.Absolute(content.Urls.Article(article)),
            ["url"] = content.Urls.Absolute(content.Urls.Article(article)),
            ["author"] = Authors(article, content),
            ["publisher"] = Publisher(language.Title, content),
            ["about"] = article.Topics.Select(t => content.Topic(t).In(article.Language).Name).ToList(),
        };
        if (article.Corrections.Count > 0)
            data["correction"] = article.Corrections.Select(c => new Dictionary<string, string>
            {
                ["@type"] = "CorrectionComment", ["datePublished"] = Iso(c.Date), ["text"] = c.Text,
            }).ToList();
        // Google asks for several aspect ratios (16:9, 4:3, 1:1), each at least 50,000 pixels.
        if (article.Image?.Image is { } image)
            data["image"] = image.Crops.Count > 0
                ? image.Crops.Select(c => content.Urls.Absolute(image.CropUrl(c))).ToList()
                : [content.Urls.Absolute(image.Url)];
        return Json(data);
    }

    /// <summary>Each byline as a Person, with the address of its page when it is an author of authors.yml; the site as an Organization when the article names nobody.</summary>
    private static List<Dictionary<string, string>> Authors(Article article, SiteContent content)
    {
        if (article.Authors.Count == 0)
            return [new() { ["@type"] = "Organization", ["name"] = content.Site[article.Language].Title, ["url"] = content.Urls.Absolute(content.Urls.Home(article.Language)) }];
        return content.BylinesOf(article).Select(byline => byline.Author is { } author
            ? new Dictionary<string, string> { ["@type"] = "Person", ["name"] = byline.Name, ["url"] = content.Urls.Absolute(content.Urls.Author(article.Language, author.Id)) }
            : new Dictionary<string, string> { ["@type"] = "Person", ["name"] = byline.Name }).ToList();
    }

    /// <summary>An author's page: a ProfilePage whose main entity is the Person, with the links to its pages elsewhere.</summary>
    public static string ProfilePage(Author author, string language, SiteContent content)
    {
        var profile = author.In(language);
        var person = new Dictionary<string, object> { ["@type"] = "Person", ["name"] = profile.Name, ["url"] = content.Urls.Absolute(content.Urls.Author(language, author.Id)) };
        if (profile.Role.Length > 0) person["jobTitle"] = profile.Role;
        if (profile.Bio.Length > 0) person["description"] = profile.Bio;
        if (author.Links.Count > 0) person["sameAs"] = author.Links.Select(l => l.AbsoluteUri).ToList();
        if (author.Image?.Image is { } image) person["image"] = content.Urls.Absolute(image.UrlAtMost(800));
        return Json(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org", ["@type"] = "ProfilePage", ["inLanguage"] = content.Site[language].Locale, ["mainEntity"] = person,
        });
    }

    /// <summary>The site as an Organization, with its logo (an ImageObject with its size) when site.yml names one.</summary>
    private static Dictionary<string, object> Publisher(string name, SiteContent content)
    {
        var publisher = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = name };
        if (content.Logo is { } logo)
        {
            var width = logo.WidthAtMost(600);
            publisher["logo"] = new Dictionary<string, object>
            {
                ["@type"] = "ImageObject",
                ["url"] = content.Urls.Absolute(logo.UrlAtMost(600)),
                ["width"] = width,
                ["height"] = logo.HeightAt(width),
            };
        }
        return publisher;
    }

    /// <summary>
    /// The data as JSON, written as JsonSerializer writes it (same escaping, same order) but walked
    /// here: the serializer's reflection over Dictionary&lt;string, object&gt; set up ~65 converters
    /// and accessors, JIT-compiled at every start, for these few shapes.
    /// </summary>
    internal static string Json(object data, JsonWriterOptions options = default)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, options)) Value(writer, data);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Value(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case int number: writer.WriteNumberValue(number); break;
            case System.Collections.IDictionary map:
                writer.WriteStartObject();
                foreach (System.Collections.DictionaryEntry entry in map)
                {
                    writer.WritePropertyName((string)entry.Key);
                    Value(writer, entry.Value);
                }
                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items) Value(writer, item);
                writer.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"Structured data cannot hold a {value.GetType().Name}.");
        }
    }

    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
