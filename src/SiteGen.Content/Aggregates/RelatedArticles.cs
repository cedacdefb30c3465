using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// For each article, the articles of its language sharing the most topics with it, newest first
/// among equals, looked for among those published around it: the <see cref="Window"/> before and
/// after it in each of its topics' lists. Built from a topic index, so a large site is not compared
/// article against article, and the work per article does not grow with the site (looking through
/// whole topic lists made it grow as the square of the site: a third of a 50,000-article build);
/// on a site whose topics hold fewer than twice the window, it is every article of its topics.
/// Made from the lists of another index and the articles that changed since, so an edit ranks
/// again only the articles sharing a topic with a changed one.
/// </summary>
public sealed class RelatedArticles
{
    public const int Count = 3;

    /// <summary>How many articles before and after an article, in each of its topics, are candidates.</summary>
    public const int Window = 250;

    private readonly IReadOnlyDictionary<string, IReadOnlyList<Article>> _byTopic;
    private readonly Dictionary<Article, IReadOnlyList<Article>> _lists = new(ReferenceEqualityComparer.Instance);

    /// <summary>Lists made on demand (tests), and the lists of the empty index.</summary>
    public RelatedArticles(IReadOnlyDictionary<string, IReadOnlyList<Article>> articlesByTopic) => _byTopic = articlesByTopic;

    /// <summary>
    /// The lists of every article of <paramref name="articles"/>, on every core, made from these.
    /// An article listed here keeps its list, the very same object, unless a changed article shares
    /// a topic with it (its windows moved); then it is ranked again, as an article not listed here is.
    /// </summary>
    public RelatedArticles Next(IReadOnlyDictionary<string, IReadOnlyList<Article>> articlesByTopic, IReadOnlyList<Article> articles, ArticleChanges changes)
    {
        var next = new RelatedArticles(articlesByTopic);
        var lists = new IReadOnlyList<Article>[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            lists[i] = _lists.TryGetValue(article, out var before) ? next.Updated(article, before, changes) : next.Rank(article);
        });
        for (var i = 0; i < articles.Count; i++) next._lists[articles[i]] = lists[i];
        return next;
    }

    public IReadOnlyList<Article> For(Article article) => _lists.TryGetValue(article, out var list) ? list : Rank(article);

    private IReadOnlyList<Article> Updated(Article article, IReadOnlyList<Article> before, ArticleChanges changes)
    {
        if (!article.Topics.Any(changes.Topics.Contains)) return before;
        var ranked = Rank(article);
        return ranked.SequenceEqual(before, ReferenceEqualityComparer.Instance) ? before : ranked;
    }

    private List<Article> Rank(Article article)
    {
        var shared = new Dictionary<Article, int>(ReferenceEqualityComparer.Instance);
        foreach (var topic in article.Topics)
        {
            if (!_byTopic.TryGetValue(topic, out var others)) continue;
            var at = PlaceIn(others, article);
            for (int i = Math.Max(0, at - Window), end = Math.Min(others.Count, at + Window + 1); i < end; i++)
            {
                var other = others[i];
                if (ReferenceEquals(other, article)) continue;
                shared[other] = shared.GetValueOrDefault(other) + 1;
            }
        }
        return Best(shared);
    }

    /// <summary>Where the article is (or would be) in a topic's list, which is newest first: by binary search.</summary>
    private static int PlaceIn(IReadOnlyList<Article> list, Article article)
    {
        int low = 0, high = list.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Article.NewestFirst.Compare(list[middle], article) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static bool Better(KeyValuePair<Article, int> a, KeyValuePair<Article, int> b) =>
        a.Value != b.Value ? a.Value > b.Value : Article.NewestFirst.Compare(a.Key, b.Key) < 0;

    /// <summary>The best few by one linear pass: sorting every candidate of every article would dominate a large site.</summary>
    private static List<Article> Best(IEnumerable<KeyValuePair<Article, int>> candidates)
    {
        var best = new List<KeyValuePair<Article, int>>(Count + 1);
        foreach (var candidate in candidates)
        {
            var at = best.FindIndex(b => Better(candidate, b));
            if (at < 0 && best.Count < Count) best.Add(candidate);
            else if (at >= 0)
            {
                best.Insert(at, candidate);
                if (best.Count > Count) best.RemoveAt(Count);
            }
        }
        return best.Select(b => b.Key).ToList();
    }
}
