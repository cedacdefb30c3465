using CsCheck;
using SiteGen.Content.Aggregates;
using SiteGen.Content.Model;
using SiteGen.Rules;

namespace SiteGen.Content.Tests;

public class TimelineTests
{
    private static PartialDate D(string text) => PartialDate.TryParse(text, out var d, out _) ? d : throw new ArgumentException(text);

    private static TimelineEvent E(string date, string title, string? id = null, string? end = null, params string[] topics) =>
        new(D(date), end is null ? null : D(end), title, id, topics.Length == 0 ? ["tiktok"] : topics, null, new SourceLocation("a.md", 1, 1));

    internal static Article A(string slug, string date, params TimelineEvent[] events) => new()
    {
        Language = "fr", SourcePath = $"input/fr/articles/{slug}.md", Slug = slug, Title = slug,
        Date = DateTimeOffset.Parse(date + "T00:00:00+00:00"), Summary = "", Topics = ["tiktok"],
        Events = events, BodyUtf8 = [], Location = new SourceLocation("a.md", 1, 1),
    };

    [Fact]
    public void Events_with_one_id_merge_into_one_entry_with_every_source()
    {
        var older = A("older", "2024-01-01", E("2024-08", "Partenariat", "partnership", topics: ["tiktok"]));
        var newer = A("newer", "2024-09-01", E("2024-08", "Autre titre", "partnership", topics: ["amazon"]));

        var entry = TimelineBuilder.Build([newer, older]).Entries.ShouldHaveSingleItem();

        entry.Title.ShouldBe("Partenariat");
        entry.Sources.Select(s => s.Slug).ShouldBe(["older", "newer"]);
        entry.Topics.ShouldBe(["tiktok", "amazon"]);
        entry.Anchor.ShouldBe("event-partnership");
    }

    [Fact]
    public void Events_without_an_id_stay_apart_and_get_a_key_from_their_article()
    {
        var article = A("loi", "2024-04-26", E("2024-04-24", "Promulgation"), E("2025-01-19", "Échéance"));

        TimelineBuilder.Build([article]).Entries.Select(e => e.Key).ShouldBe(["loi-1", "loi-2"]);
    }

    [Fact]
    public void One_id_with_two_dates_is_a_located_warning()
    {
        var warnings = new List<Diagnostic>();
        var first = A("a", "2024-01-01", E("2024-08", "X", "same"));
        var second = A("b", "2024-02-01", E("2024-09", "X", "same"));

        TimelineBuilder.Build([first, second], warnings);

        warnings.ShouldHaveSingleItem().Id.ShouldBe("SG0112");
    }

    [Fact]
    public void Order_is_by_date_then_precision_then_title_then_source()
    {
        var a = A("a", "2024-01-01", E("2022-12-05", "Beta"), E("2022", "Year"), E("2022-12", "Month"), E("2022-12-05", "Alpha"));
        var b = A("b", "2024-01-01", E("2022-12-05", "Alpha"));

        TimelineBuilder.Build([b, a]).Entries.Select(e => $"{e.Date} {e.Title} {e.Sources[0].Slug}").ShouldBe(
        [
            "2022 Year a", "2022-12 Month a", "2022-12-05 Alpha a", "2022-12-05 Alpha b", "2022-12-05 Beta a",
        ]);
    }

    [Fact]
    public void Entries_are_grouped_by_year_then_month_with_year_only_entries_first()
    {
        var article = A("a", "2024-01-01", E("2023-09", "Shop"), E("2022", "Année"), E("2022-12", "Inspire"), E("2022-12-24", "Noël"));

        var years = TimelineBuilder.Build([article]).Years;

        years.Select(y => y.Year).ShouldBe([2022, 2023]);
        years[0].Months.Select(m => (m.Month, m.Entries.Count)).ShouldBe([(0, 1), (12, 2)]);
        years[1].Months.ShouldHaveSingleItem().Month.ShouldBe(9);
    }

    [Fact]
    public void A_topic_timeline_keeps_only_that_topics_entries()
    {
        var article = A("a", "2024-01-01", E("2023-09", "Shop", topics: ["tiktok"]), E("2022-12", "Inspire", topics: ["amazon"]));

        TimelineBuilder.Build([article]).ForTopic("amazon").Entries.ShouldHaveSingleItem().Title.ShouldBe("Inspire");
    }

    [Theory]
    [InlineData(0, 20, new[] { 0 })]
    [InlineData(1, 20, new[] { 1 })]
    [InlineData(20, 20, new[] { 20 })]
    [InlineData(21, 20, new[] { 20, 1 })]
    [InlineData(45, 20, new[] { 20, 20, 5 })]
    public void Pagination_boundaries(int items, int pageSize, int[] pageLengths)
    {
        var pages = Pagination.Paginate(Enumerable.Range(0, items).ToList(), pageSize);

        pages.Select(p => p.Items.Count).ShouldBe(pageLengths);
        pages.Select(p => p.Number).ShouldBe(Enumerable.Range(1, pageLengths.Length));
        pages.ShouldAllBe(p => p.Count == pageLengths.Length);
        pages[0].HasPrevious.ShouldBeFalse();
        pages[^1].HasNext.ShouldBeFalse();
        pages.SelectMany(p => p.Items).ShouldBe(Enumerable.Range(0, items));
    }

    [Fact]
    public void Related_articles_share_the_most_topics_newest_first_among_equals()
    {
        Article With(string slug, string date, params string[] topics) => A(slug, date) with { Topics = topics };
        var article = With("self", "2024-01-01", "tiktok", "amazon");
        var all = new[] { article, With("one-old", "2020-01-01", "tiktok"), With("two", "2021-01-01", "tiktok", "amazon"),
            With("one-new", "2023-01-01", "amazon"), With("none", "2024-01-01", "regulation"), With("one-mid", "2022-01-01", "tiktok") };
        // Newest first, as the index keeps them.
        var byTopic = new[] { "tiktok", "amazon", "regulation" }.ToDictionary(t => t,
            t => (IReadOnlyList<Article>)all.Where(a => a.Topics.Contains(t)).Order(Article.NewestFirst).ToList());

        new RelatedArticles(byTopic).For(article).Select(a => a.Slug).ShouldBe(["two", "one-new", "one-mid"]);
    }

    [Fact]
    public void On_a_large_topic_related_articles_are_looked_for_among_those_published_around_the_article()
    {
        Article With(string slug, DateTime date, params string[] topics) => A(slug, date.ToString("yyyy-MM-dd")) with { Topics = topics };
        var start = new DateTime(2015, 1, 1);
        // 1,000 articles on one topic, one a day, newest first as the index keeps them; one old article also shares a second topic.
        var all = Enumerable.Range(0, 1000).Select(i => With($"a{i:D4}", start.AddDays(i), i == 10 ? ["tiktok", "amazon"] : ["tiktok"])).Reverse().ToList();
        var oldest = all[^1];
        var byTopic = new Dictionary<string, IReadOnlyList<Article>>
        {
            ["tiktok"] = all, ["amazon"] = all.Where(a => a.Topics.Contains("amazon")).ToList(),
        };
        var related = new RelatedArticles(byTopic);

        // Newest first among equals, but within the window around it: not the site's newest (a0999).
        related.For(oldest).Select(a => a.Slug).ShouldBe(["a0250", "a0249", "a0248"]);
        related.For(all[0]).Select(a => a.Slug).ShouldBe(["a0998", "a0997", "a0996"]);
        // Sharing more topics still comes first.
        related.For(With("self", start.AddDays(12), "tiktok", "amazon")).First().Slug.ShouldBe("a0010");
    }

    /// <summary>
    /// On topics smaller than the window, the lists are exactly those of a plain sort: most shared topics first, then
    /// Article.NewestFirst (date, then slug). Dates are drawn from a few days so that ties are common.
    /// </summary>
    [Fact]
    public void Related_articles_are_those_of_a_plain_sort_whatever_the_dates_and_topics()
    {
        string[] topics = ["t0", "t1", "t2", "t3", "t4"];
        var site = Gen.Select(Gen.Int[0, 5], Gen.Int[1, 31], Gen.Int[1, (1 << topics.Length) - 1]).Array[2, 60];
        site.Sample(drawn =>
        {
            var all = drawn.Select((d, i) => A($"a{i:D2}", $"2024-0{1 + d.Item1 % 3}-{1 + d.Item2 % 3:D2}") with
            {
                Topics = topics.Where((_, bit) => (d.Item3 & (1 << bit)) != 0).ToList(),
            }).ToList();
            var byTopic = topics.ToDictionary(t => t, t => (IReadOnlyList<Article>)all.Where(a => a.Topics.Contains(t)).Order(Article.NewestFirst).ToList());
            var related = new RelatedArticles(byTopic);
            foreach (var article in all)
            {
                var expected = all.Where(o => !ReferenceEquals(o, article) && o.Topics.Intersect(article.Topics).Any())
                    .OrderByDescending(o => o.Topics.Intersect(article.Topics).Count()).ThenBy(o => o, Article.NewestFirst)
                    .Take(RelatedArticles.Count).Select(o => o.Slug);
                related.For(article).Select(o => o.Slug).ShouldBe(expected, article.Slug);
            }
        }, iter: 300);
    }
}
