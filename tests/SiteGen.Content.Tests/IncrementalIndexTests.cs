using CsCheck;
using SiteGen.Content.Aggregates;
using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Content.Tests;

/// <summary>
/// A language index made from an earlier one is the index built from scratch: the same
/// topic lists, timeline entries, warnings, topic timelines and related articles, after any
/// sequence of edits, additions and removals.
/// </summary>
public class IncrementalIndexTests
{
    private static readonly string[] TopicIds = ["t1", "t2", "t3", "t4"];

    private static readonly SiteSettings Site = new(new Uri("https://example.org/"), "fr", 20,
        [new Language("fr", "Français", "fr-FR", "Le Fil", "", new LanguagePaths("articles", "sujets", "chronologie", "recherche"))]);

    private static readonly IReadOnlyList<Topic> Topics = TopicIds.Select(t => new Topic(t, new Dictionary<string, TopicName>())).ToList();

    private static readonly Gen<string[]> SomeTopics = Gen.Int[0, 15].Select(mask => TopicIds.Where((_, i) => (mask >> i & 1) == 1).ToArray());

    // Few ids, dates and titles, so that events merge, dates conflict and order ties.
    private static readonly Gen<TimelineEvent> Events =
        Gen.Select(Gen.OneOf<string?>(null, null, "x", "y", "z"), Gen.OneOf("2024", "2024-03", "2024-03-05", "2023-12"),
                Gen.OneOf("A", "B", "C"), SomeTopics, Gen.OneOf<string?>(null, "<b>t</b>"))
            .Select((id, date, title, topics, text) =>
                new TimelineEvent(PartialDate.TryParse(date, out var d, out _) ? d : default, null, title, id, topics, text, new SourceLocation("a.md", 1, 1)));

    /// <summary>An article's content; placed in slot n it becomes article "a{n}", a new object as an edited file gives.</summary>
    private static readonly Gen<Article> Versions =
        Gen.Select(Gen.Int[1, 4], SomeTopics, Events.Array[0, 3], Gen.OneOf("Un", "Deux"))
            .Select((day, topics, events, title) => TimelineTests.A("a", $"2024-01-0{day}") with { Topics = topics, Events = events, Title = title });

    private static Article InSlot(Article version, int slot) =>
        version with { Slug = $"a{slot:00}", SourcePath = $"input/fr/articles/a{slot:00}.md" };

    /// <summary>What happens to each of 12 article slots in one step: 0 removed, 1 to 3 a new version, else left alone.</summary>
    private static readonly Gen<(int[] Operations, Article[] Versions)> Steps = Gen.Select(Gen.Int[0, 9].Array[12], Versions.Array[12]);

    [Fact]
    public void An_updated_index_equals_one_built_from_scratch()
    {
        Gen.Select(Versions.Array[12], Gen.Int[0, 4095], Steps.Array[1, 5]).Sample((initial, present, steps) =>
        {
            var articles = initial.Select((a, slot) => (present >> slot & 1) == 1 ? InSlot(a, slot) : null).ToArray();
            var previous = new LanguageIndex(ContentOf(articles), "fr");
            foreach (var (operations, versions) in steps)
            {
                for (var slot = 0; slot < 12; slot++)
                {
                    if (operations[slot] == 0) articles[slot] = null;
                    else if (operations[slot] <= 3) articles[slot] = InSlot(versions[slot], slot);
                }
                var content = ContentOf(articles);
                var updated = previous.Next(content);
                ShouldBeTheSame(updated, new LanguageIndex(content, "fr"));
                previous = updated;
            }
        }, iter: 300);
    }

    /// <summary>
    /// On topics larger than twice the related articles' window, an edit ranks again only the
    /// articles near it: the lists are still those of an index built from scratch, whatever moved.
    /// </summary>
    [Fact]
    public void On_large_topics_updated_related_articles_equal_those_built_from_scratch()
    {
        const int slots = 2 * RelatedArticles.Window + 300;
        var start = new DateTime(2020, 1, 1);
        Article Version(int slot, int day, int mask) => InSlot(TimelineTests.A("a", start.AddDays(day).ToString("yyyy-MM-dd"))
            with { Topics = mask == 0 ? ["t1"] : TopicIds.Where((_, i) => (mask >> i & 1) == 1).ToArray() }, slot);
        var initial = Enumerable.Range(0, slots).Select(slot => Version(slot, slot, slot % 7 == 0 ? 3 : slot % 3 == 0 ? 2 : 1)).ToArray();
        var first = new LanguageIndex(ContentOf(initial), "fr");
        // Each step: a few slots removed (operation 0), edited in place (1: same date and topics,
        // another title) or given a new date and topics (2).
        var changes = Gen.Select(Gen.Int[0, slots - 1], Gen.Int[0, 2], Gen.Int[0, slots], Gen.Int[0, 15]).Array[1, 4];
        Gen.Select(changes, changes).Sample((one, two) =>
        {
            var articles = (Article?[])initial.Clone();
            var previous = first;
            foreach (var step in new[] { one, two })
            {
                foreach (var (slot, operation, day, mask) in step)
                    articles[slot] = operation switch
                    {
                        0 => null,
                        1 => (articles[slot] ?? initial[slot]) with { Title = $"Édité {day}" },
                        _ => Version(slot, day, mask),
                    };
                var content = ContentOf(articles);
                var updated = previous.Next(content);
                var fresh = new LanguageIndex(content, "fr");
                foreach (var article in fresh.Articles) // the very objects: a page shows the titles of its related articles
                    Identities(updated.Related.For(article)).ShouldBe(Identities(fresh.Related.For(article)), article.Slug);
                previous = updated;
            }
        }, iter: 25, threads: 1);
    }

    private static IEnumerable<(string, int)> Identities(IEnumerable<Article> articles) =>
        articles.Select(a => (a.Slug, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a)));

    private static SiteContent ContentOf(Article?[] articles) => new(Site, Topics, articles.OfType<Article>());

    private static void ShouldBeTheSame(LanguageIndex updated, LanguageIndex fresh)
    {
        foreach (var topic in TopicIds)
        {
            updated.ArticlesByTopic[topic].ShouldBe(fresh.ArticlesByTopic[topic]);
            Describe(updated.Timelines.ForTopic(topic)).ShouldBe(Describe(fresh.Timelines.ForTopic(topic)), topic);
        }
        Describe(updated.Timeline).ShouldBe(Describe(fresh.Timeline));
        updated.Timeline.Years.Select(y => (y.Year, y.Months.Count)).ShouldBe(fresh.Timeline.Years.Select(y => (y.Year, y.Months.Count)));
        updated.Warnings.Select(w => w.ToString()).ShouldBe(fresh.Warnings.Select(w => w.ToString()));
        foreach (var article in fresh.Articles)
            updated.Related.For(article).Select(a => a.Slug).ShouldBe(fresh.Related.For(article).Select(a => a.Slug), article.Slug);
    }

    private static string[] Describe(Timeline timeline) => timeline.Entries
        .Select(e => $"{e.Key} {e.Date} {e.Title} {e.TextHtml} [{string.Join(",", e.Topics)}] <{string.Join(",", e.Sources.Select(s => s.Slug + "@" + s.GetHashCode()))}>")
        .ToArray();
}
