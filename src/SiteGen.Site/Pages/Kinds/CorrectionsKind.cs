using SiteGen.Incremental;
using SiteGen.Theme.Pages;
using SiteGen.Theme.Rendering;

namespace SiteGen.Pages.Kinds;

/// <summary>A page per language listing every correction made to its articles, newest first (/fr/corrections/).</summary>
internal sealed class CorrectionsKind : PageKind
{
    public override string Name => "Corrections";

    public override IEnumerable<string> Sections(SiteGen.Content.Model.LanguagePaths paths) => [paths.Corrections];

    public override IEnumerable<PageGroup> Groups(SiteContext site)
    {
        foreach (var language in site.Content.Site.Languages.Select(l => l.Code))
        {
            var corrected = site.Content.ArticlesIn(language).Where(a => a.Corrections.Count > 0).ToList();
            yield return new PageGroup($"{language}/corrections", new PageInputs([.. corrected]), () =>
            {
                var entries = corrected.SelectMany(a => a.Corrections.Select(c => new CorrectionEntry(a, c)))
                    .OrderByDescending(e => e.Correction.Date).ThenBy(e => e.Article.Slug, StringComparer.Ordinal).ToList();
                return [site.Page<CorrectionsPage, CorrectionsPageModel>(site.Urls.Corrections(language), new(site.Heads.Corrections(language), entries))];
            });
        }
    }
}
