using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// For each article, the articles of its language sharing the most topics with it, newest first
/// among equals. Built from a topic index, so a large site is not compared article against
/// article; made from the lists of another index and the articles that changed since, so an edit
/// does not rank a whole site again.
/// </summary>
public sealed class RelatedArticles
{
    public const int Count = 3;

    private readonly IReadOnlyDictionary<string, IReadOnlyList<Article>> _byTopic;
    private readonly Dictionary<Article, IReadOnlyList<Article>> _lists = new(ReferenceEqualityComparer.Instance);

    /// <summary>Lists made on demand (tests), and the lists of the empty index.</summary>
    public RelatedArticles(IReadOnlyDictionary<string, IReadOnlyList<Article>> articlesByTopic) => _byTopic = articlesByTopic;

    /// <summary>
    /// The lists of every article of <paramref name="articles"/>, on every core, made from these.
    /// An article listed here keeps its list, the very same object, unless a changed article shares
    /// a topic with it; then the list is updated from this one and the added articles, and ranked
    /// anew only if one of its articles went away. An article not listed here is ranked.
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
        if (before.Any(changes.RemovedSet.Contains)) return Rank(article);
        // Every article not in the list before ranked below all of it, and still does: only an added one can enter.
        var candidates = before.Concat(changes.Added.Where(other => !ReferenceEquals(other, article)))
            .Select(other => new KeyValuePair<Article, int>(other, Shared(article, other)))
            .Where(c => c.Value > 0);
        var best = Best(candidates);
        return best.SequenceEqual(before, ReferenceEqualityComparer.Instance) ? before : best;
    }

    /// <summary>How many topics of <paramref name="article"/> the other one has, counted as <see cref="Rank"/> counts them.</summary>
    private int Shared(Article article, Article other)
    {
        var shared = 0;
        foreach (var topic in article.Topics)
            if (_byTopic.ContainsKey(topic) && other.Topics.Contains(topic)) shared++;
        return shared;
    }

    private List<Article> Rank(Article article)
    {
        var shared = new Dictionary<Article, int>(ReferenceEqualityComparer.Instance);
        foreach (var topic in article.Topics)
        {
            if (!_byTopic.TryGetValue(topic, out var others)) continue;
            foreach (var other in others)
            {
                if (ReferenceEquals(other, article)) continue;
                shared[other] = shared.GetValueOrDefault(other) + 1;
            }
        }
        return Best(shared);
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
