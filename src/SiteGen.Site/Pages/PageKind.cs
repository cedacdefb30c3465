using SiteGen.Pipeline;

using SiteGen.Incremental;

namespace SiteGen.Pages;

/// <summary>
/// A kind of page (articles, topics, timelines …): from the content index, which pages exist, in
/// groups that are made together from the same inputs. A kind is a pure function of the site: it
/// knows nothing of earlier builds. The incremental layer (<see cref="PageMemory"/>)
/// makes a group's documents only when its inputs differ from the last build's.
/// Registered once in <c>SitePipelines.PageKinds</c>: that gives it its pipeline, its place in the
/// sitemap, its reserved sections and its row in the build summary.
/// </summary>
internal abstract class PageKind
{
    /// <summary>The pipeline's name, shown in the build's progress and summary.</summary>
    public abstract string Name { get; }

    /// <summary>The row of the build summary counting this kind's HTML pages per language; null for none.</summary>
    public virtual string? SummaryRow => null;

    /// <summary>Which files the summary row counts.</summary>
    public virtual string SummaryExtension => ".html";

    /// <summary>
    /// The sections of a language's site this kind's pages live under (<c>/fr/{section}/…</c>):
    /// a static page may not take one of them as its slug.
    /// </summary>
    public virtual IEnumerable<string> Sections(SiteGen.Content.Model.LanguagePaths paths) => [];

    public abstract IEnumerable<PageGroup> Groups(SiteContext site);
}
