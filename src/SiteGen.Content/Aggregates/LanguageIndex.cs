using SiteGen.Content.Model;
using SiteGen.Pipeline;

namespace SiteGen.Content.Aggregates;

/// <summary>What the aggregate pages of one language need, computed once: articles per topic, the timeline, related articles.</summary>
public sealed class LanguageIndex
{
    public LanguageIndex(SiteContent content, string language,
        System.Collections.Concurrent.ConcurrentDictionary<string, TimelineEntry>? reusableEntries = null)
    {
        Language = language;
        var articles = content.ArticlesIn(language);
        ArticlesByTopic = content.Topics.ToDictionary(
            t => t.Id,
            t => (IReadOnlyList<Article>)articles.Where(a => a.Topics.Contains(t.Id)).ToList(),
            StringComparer.Ordinal);
        var warnings = new List<Diagnostic>();
        Timeline = TimelineBuilder.Build(articles, warnings, reusableEntries);
        Warnings = warnings;
        Related = new RelatedArticles(ArticlesByTopic);
    }

    public string Language { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByTopic { get; }
    public Timeline Timeline { get; }
    public RelatedArticles Related { get; }
    public IReadOnlyList<Diagnostic> Warnings { get; }
}
