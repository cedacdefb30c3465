using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using SiteGen.Content.Markdown;
using SiteGen.Content.Schema;
using SiteGen.Content.Loading;
using SiteGen.Rules;
using SiteGen.Rules.Binding;

namespace SiteGen.Content.Tests;

/// <summary>Properties of the generated binder: valid records round-trip, and no input makes it throw.</summary>
public class BinderPropertyTests
{
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz-"], 1, 12].Where(w => w.Trim('-').Length > 0);
    private static readonly Gen<string> Text = Gen.String[Gen.Char["aàbcçdeéèêfghijklmnoôpqrstuùvwxyz ABCÉ:;!?«»'\"#&*[]{}|>%@`,-\\/\t"], 0, 40];

    private static readonly Gen<PartialDate> PartialDates =
        Gen.Select(Gen.Int[1900, 2100], Gen.Int[0, 12], Gen.Int[1, 28], Gen.Bool)
            .Select((year, month, day, withDay) => new PartialDate(year, month, month > 0 && withDay ? day : 0));

    private static readonly Gen<DateTimeOffset> Dates =
        Gen.Select(Gen.DateTime[new DateTime(1990, 1, 1), new DateTime(2090, 1, 1)], Gen.Int[-12 * 60, 14 * 60], Gen.Bool)
            .Select((date, offset, dateOnly) => dateOnly
                ? new DateTimeOffset(date.Date, TimeSpan.Zero)
                : new DateTimeOffset(date.Year, date.Month, date.Day, date.Hour, date.Minute, date.Second, TimeSpan.FromMinutes(offset)));

    private static readonly Gen<EventFrontMatter> Events =
        Gen.Select(PartialDates, PartialDates, Gen.Bool, Text.Where(t => t.Trim().Length > 0), Word, Word.List[0, 3], Text)
            .Select((date, end, hasEnd, title, id, topics, text) => new EventFrontMatter
            {
                Date = date, End = hasEnd ? end : null, Title = title, Id = id.Length % 2 == 0 ? id : null,
                Topics = topics.Count == 0 ? null : topics, Text = text.Length == 0 ? null : text,
            });

    private static readonly Gen<ArticleFrontMatter> Articles =
        Gen.Select(Text.Where(t => t.Trim().Length > 0), Dates, Dates, Gen.Bool, Text, Word.List[1, 4], Word, Events.List[0, 3])
            .Select((title, date, lastmod, draft, summary, topics, key, events) => new ArticleFrontMatter
            {
                Title = title, Date = date, Lastmod = draft ? null : lastmod, Draft = draft,
                Summary = summary.Length == 0 ? null : summary, Author = summary.Trim().Length > 5 ? [summary, key] : [],
                Topics = topics, TranslationKey = key, Slug = key.Length > 3 ? key : null, Events = events,
            });

    [Fact]
    public void Any_valid_article_written_as_yaml_binds_back_equal()
    {
        Articles.Sample(article =>
        {
            var diagnostics = new List<Diagnostic>();
            var mapping = ContentYaml.ReadFrontMatter(ToYaml(article), "a.md", diagnostics, out _);
            var bound = mapping is null ? null : ArticleFrontMatter.Bind(new MappingReader(mapping, "a.md", diagnostics, ArticleFrontMatter.FrontMatterContext));

            diagnostics.ShouldBeEmpty(ToYaml(article));
            Canonical(bound.ShouldNotBeNull()).ShouldBe(Canonical(article));
        }, iter: 300);
    }

    [Fact]
    public void Random_text_never_throws_out_of_the_reader_and_every_failure_is_located()
    {
        var reader = new ArticleReader(new MarkdownRenderer());
        var lines = Gen.OneOf(
            Text,
            Gen.Select(Word, Text).Select((key, value) => $"{key}: {value}"),
            Gen.Select(Word, Text).Select((key, value) => $"  - {key}: {value}"),
            Gen.Const("events:"), Gen.Const("topics: [tiktok"), Gen.Const("date: 2024-02-30"), Gen.Const("title: &a x"));
        Gen.Select(lines.List[0, 12], Gen.Bool).Sample((front, closed) =>
        {
            var text = "---\n" + string.Join("\n", front) + (closed ? "\n---\nCorps\n" : "\n");
            var diagnostics = new List<Diagnostic>();
            var read = reader.Read("input/fr/articles/x.md", Encoding.UTF8.GetBytes(text), "fr", diagnostics);

            if (read.Article is null) diagnostics.ShouldContain(d => d.IsError, text);
            diagnostics.ShouldAllBe(d => d.Line >= 1 && d.Column >= 1 && d.Path == "input/fr/articles/x.md");
        }, iter: 2000);
    }

    private static string Canonical(ArticleFrontMatter article) => JsonSerializer.Serialize(article);

    private static string ToYaml(ArticleFrontMatter article)
    {
        var yaml = new StringBuilder("---\n");
        yaml.Append("title: ").Append(Quote(article.Title)).Append('\n');
        yaml.Append("date: ").Append(Date(article.Date)).Append('\n');
        if (article.Lastmod is { } lastmod) yaml.Append("lastmod: ").Append(Date(lastmod)).Append('\n');
        if (article.Draft) yaml.Append("draft: true\n");
        if (article.Summary is { } summary) yaml.Append("summary: ").Append(Quote(summary)).Append('\n');
        if (article.Author.Count > 0) yaml.Append("author: [").Append(string.Join(", ", article.Author.Select(Quote))).Append("]\n");
        yaml.Append("topics: [").Append(string.Join(", ", article.Topics.Select(Quote))).Append("]\n");
        if (article.TranslationKey is { } key) yaml.Append("translationKey: ").Append(Quote(key)).Append('\n');
        if (article.Slug is { } slug) yaml.Append("slug: ").Append(Quote(slug)).Append('\n');
        if (article.Events.Count > 0) yaml.Append("events:\n");
        foreach (var e in article.Events)
        {
            yaml.Append("  - date: ").Append(e.Date.ToIsoString()).Append('\n');
            if (e.End is { } end) yaml.Append("    end: ").Append(end.ToIsoString()).Append('\n');
            yaml.Append("    title: ").Append(Quote(e.Title)).Append('\n');
            if (e.Id is { } id) yaml.Append("    id: ").Append(id).Append('\n');
            if (e.Topics is { } topics) yaml.Append("    topics: [").Append(string.Join(", ", topics)).Append("]\n");
            if (e.Text is { } text) yaml.Append("    text: ").Append(Quote(text)).Append('\n');
        }
        return yaml.Append("---\n").ToString();
    }

    private static string Date(DateTimeOffset date) => date.TimeOfDay == TimeSpan.Zero && date.Offset == TimeSpan.Zero
        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A JSON string is a valid YAML double-quoted scalar.</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
