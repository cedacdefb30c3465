using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Content.Aggregates;
using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Outputs;

/// <summary>
/// A timeline in Knight Lab TimelineJS's JSON format, so a newsroom can embed it: dates carry only
/// their known parts, the headline is the entry's title, the text its text and sources, the group
/// its first topic's name, and unique_id its anchor on the site's timeline.
/// </summary>
internal static class TimelineJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="entries">Each entry's JSON as written before: an entry is on several timelines, and the render cache outlives a build while the settings stay the same.</param>
    /// <summary>Writes the file's UTF-8 bytes into <paramref name="buffer"/> (a whole-language timeline is megabytes).</summary>
    public static void Write(IBufferWriter<byte> buffer, Timeline timeline, string headline, string description, string language, SiteContent content,
        ConditionalWeakTable<TimelineEntry, byte[]>? entries = null)
    {
        var strings = Theme.Strings.For(language)!;
        var events = timeline.Entries.Select(entry => entries is null ? Entry(entry, language, strings, content) : entries.GetValue(entry, e => Entry(e, language, strings, content)));
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("title");
            WriteText(json, headline, System.Net.WebUtility.HtmlEncode(description));
            json.WriteEndObject();
            json.WriteStartArray("events");
            foreach (var bytes in events) json.WriteRawValue(bytes, skipInputValidation: true);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.Write("\n"u8);
    }

    private static byte[] Entry(TimelineEntry entry, string language, Theme.Strings strings, SiteContent content)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            WriteDate(json, "start_date", entry.Date, strings);
            if (entry.End is { } end) WriteDate(json, "end_date", end, strings);
            WriteText(json, entry.Title, Text(entry, content));
            if (entry.Image is { } picture)
            {
                json.WriteStartObject("media");
                json.WriteString("url", content.Urls.Absolute(picture.Image.UrlAtMost(800)));
                json.WriteString("alt", picture.Alt);
                if (picture.CaptionHtml is { } caption) json.WriteString("caption", caption);
                if (picture.Credit is { } credit) json.WriteString("credit", System.Net.WebUtility.HtmlEncode(credit));
                json.WriteEndObject();
            }
            if (entry.Topics.Count > 0) json.WriteString("group", System.Net.WebUtility.HtmlEncode(content.Topic(entry.Topics[0]).In(language).Name));
            json.WriteString("unique_id", entry.Anchor);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, PartialDate date, Theme.Strings strings)
    {
        json.WriteStartObject(name);
        json.WriteString("year", date.Year.ToString(CultureInfo.InvariantCulture));
        if (date.Precision >= DatePrecision.Month) json.WriteString("month", date.Month.ToString(CultureInfo.InvariantCulture));
        if (date.Precision == DatePrecision.Day) json.WriteString("day", date.Day.ToString(CultureInfo.InvariantCulture));
        json.WriteString("display_date", Theme.Rendering.LocalizedDates.Format(date, strings));
        json.WriteEndObject();
    }

    /// <summary>TimelineJS shows headlines as HTML: the title is encoded so that it stays text.</summary>
    private static void WriteText(Utf8JsonWriter json, string headline, string text)
    {
        json.WriteStartObject("text");
        json.WriteString("headline", System.Net.WebUtility.HtmlEncode(headline));
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Text(TimelineEntry entry, SiteContent content)
    {
        var sources = string.Join(", ", entry.Sources.Select(source =>
            $"<a href=\"{content.Urls.Absolute(content.Urls.Article(source))}\">{System.Net.WebUtility.HtmlEncode(source.Title)}</a>"));
        return (entry.TextHtml is { } text ? $"<p>{text}</p>" : "") + $"<p>{sources}</p>";
    }
}
