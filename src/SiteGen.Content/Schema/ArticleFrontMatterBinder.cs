using SiteGen.Rules;
using SiteGen.Rules.Binding;
using SiteGen.Rules.Yaml;

namespace SiteGen.Content.Schema;

/// <summary>Binds an article's YAML to <see cref="ArticleFrontMatter"/> without reflection, every problem located.</summary>
public static class ArticleFrontMatterBinder
{
    public static ArticleFrontMatter? Bind(YamlMapping mapping, string path, List<ContentDiagnostic> diagnostics, FieldLocations at)
    {
        var reader = new MappingReader(mapping, path, diagnostics, "the front matter");
        var errorsBefore = diagnostics.Count(d => d.IsError);
        at.Start = (mapping.Line, mapping.Column);
        reader.WarnUnknownKeys(ArticleFrontMatter.Keys);

        var title = reader.String("title", required: true, example: "Amazon pourrait-il racheter TikTok ?");
        var date = reader.DateTime("date", required: true);
        var lastmod = reader.DateTime("lastmod");
        var publishDate = reader.DateTime("publishDate");
        var expiryDate = reader.DateTime("expiryDate");
        var draft = reader.Bool("draft");
        var summary = reader.String("summary");
        var author = reader.String("author");
        var topics = reader.StringList("topics", required: true, example: "[tiktok, amazon]");
        var translationKey = reader.String("translationKey", example: "amazon-tiktok");
        var slug = reader.String("slug", example: "amazon-racheter-tiktok");
        var events = BindEvents(reader, at);

        if (diagnostics.Count(d => d.IsError) > errorsBefore || title is null || date is null || topics is null) return null;
        return new ArticleFrontMatter
        {
            Title = at.Record("title", title.Value),
            Date = at.Record("date", date.Value),
            Lastmod = lastmod is { } l ? at.Record("lastmod", l) : null,
            PublishDate = publishDate is { } p ? at.Record("publishDate", p) : null,
            ExpiryDate = expiryDate is { } e ? at.Record("expiryDate", e) : null,
            Draft = draft?.Value ?? false,
            Summary = summary?.Value,
            Author = author?.Value,
            Topics = topics.Select((t, i) => at.Record($"topics[{i}]", t)).ToList(),
            TranslationKey = translationKey is { } k ? at.Record("translationKey", k) : null,
            Slug = slug is { } s ? at.Record("slug", s) : null,
            Events = events,
        };
    }

    private static List<EventFrontMatter> BindEvents(MappingReader reader, FieldLocations at)
    {
        var items = reader.MappingList("events", example: "- { date: 2022-12, title: … }");
        var events = new List<EventFrontMatter>();
        if (items is null) return events;
        for (var i = 0; i < items.Count; i++)
        {
            var item = reader.Nested(items[i], "an event");
            var errorsBefore = reader.Diagnostics.Count(d => d.IsError);
            item.WarnUnknownKeys(EventFrontMatter.Keys);
            var date = item.PartialDate("date", required: true);
            var end = item.PartialDate("end");
            var title = item.String("title", required: true, example: "Amazon lance « Inspire »");
            var id = item.String("id", example: "amazon-inspire-launch");
            var topics = item.StringList("topics", example: "[amazon]");
            var text = item.String("text");
            if (date is { } start && end is { } finish && finish.Value.End < start.Value.Start)
                item.Report(DiagnosticKind.EventEndsBeforeStart, finish.Line, finish.Column,
                    $"The event ends ({finish.Value}) before it starts ({start.Value}); write an 'end' on or after the 'date'.");
            if (reader.Diagnostics.Count(d => d.IsError) > errorsBefore || date is null || title is null) continue;
            var prefix = $"events[{i}]";
            at.Record(prefix, items[i].Line, items[i].Column);
            events.Add(new EventFrontMatter
            {
                Date = at.Record(prefix + ".date", date.Value),
                End = end is { } f ? at.Record(prefix + ".end", f) : null,
                Title = at.Record(prefix + ".title", title.Value),
                Id = id is { } d ? at.Record(prefix + ".id", d) : null,
                Topics = topics?.Select((t, j) => at.Record($"{prefix}.topics[{j}]", t)).ToList(),
                Text = text?.Value,
            });
        }
        return events;
    }
}
