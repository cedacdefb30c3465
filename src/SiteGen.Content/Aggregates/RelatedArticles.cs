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
        return shared
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, Article.NewestFirst)
            .Take(Count)
            .Select(pair => pair.Key)
            .ToList();
    }
}
