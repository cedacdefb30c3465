namespace SiteGen.Content.Schema;

/// <summary>What to do with HTML an editor wrote in Markdown (site.yml <c>rawHtml:</c>).</summary>
public enum RawHtmlMode
{
    /// <summary>Kept, cleaned to an allow-list fit for articles; every removal is a located warning.</summary>
    Sanitize,

    /// <summary>Shown as text, as written.</summary>
    Escape,
}
