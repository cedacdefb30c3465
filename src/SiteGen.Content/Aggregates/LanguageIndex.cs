using SiteGen.Rules;
using SiteGen.Content.Model;

namespace SiteGen.Content.Aggregates;

/// <summary>
/// What the aggregate pages of one language need, computed once: articles per topic, the timeline,
/// related articles. Given the index of a previous build (serve mode), only what the changed
/// articles touch is made again; everything else is the previous object, so pages made from it
/// are known to be unchanged.
/// </summary>
public sealed class LanguageIndex
{
    public LanguageIndex(SiteContent content, string language, LanguageIndex? previous = null)
    {
        Language = language;
        Articles = content.ArticlesIn(language);
        var changes = ArticleChanges.Between(previous?.Articles, Articles);
        Changes = previous is null ? null : changes;
        ArticlesByTopic = content.Topics.ToDictionary(
            t => t.Id,
            t => previous is not null && !changes.Topics.Contains(t.Id) && previous.ArticlesByTopic.TryGetValue(t.Id, out var same)
                ? same
                : (IReadOnlyList<Article>)Articles.Where(a => a.Topics.Contains(t.Id)).ToList(),
            StringComparer.Ordinal);
        Timelines = TimelineIndex.Update(previous?.Timelines, changes);
        Related = new RelatedArticles(ArticlesByTopic, Articles, previous?.Related, changes);
    }

    public string Language { get; }

    /// <summary>The articles that went and came since the previous index; null when this one was built from scratch.</summary>
    public ArticleChanges? Changes { get; }

    /// <summary>The published articles of the language, newest first.</summary>
    public IReadOnlyList<Article> Articles { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByTopic { get; }
    public TimelineIndex Timelines { get; }
    public Timeline Timeline => Timelines.Timeline;
    public RelatedArticles Related { get; }
    public IReadOnlyList<Diagnostic> Warnings => Timelines.Warnings;
}
