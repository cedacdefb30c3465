using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// For each article, the articles of its language sharing the most topics with it, newest first
/// among equals. Built once per language from a topic index, so a large site is not compared
/// article against article.
/// </summary>
public sealed class RelatedArticles
{
    public const int Count = 3;

    private readonly IReadOnlyDictionary<string, IReadOnlyList<Article>> _byTopic;

    public RelatedArticles(IReadOnlyDictionary<string, IReadOnlyList<Article>> articlesByTopic) => _byTopic = articlesByTopic;

    private static bool Better(KeyValuePair<Article, int> a, KeyValuePair<Article, int> b) =>
        a.Value != b.Value ? a.Value > b.Value : Article.NewestFirst.Compare(a.Key, b.Key) < 0;

    public IReadOnlyList<Article> For(Article article)
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
        // The best few by one linear pass: sorting every candidate of every article would dominate a large site.
        var best = new List<KeyValuePair<Article, int>>(Count + 1);
        foreach (var candidate in shared)
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
