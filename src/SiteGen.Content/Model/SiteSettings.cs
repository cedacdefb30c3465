namespace SiteGen.Content.Model;

/// <summary>The URL segments a language uses for its sections.</summary>
/// <param name="Archives">The month archives' segment (<c>/fr/archives/2024/09/</c>); "archives" unless site.yml says otherwise.</param>
/// <param name="Corrections">The corrections page's segment (<c>/fr/corrections/</c>); "corrections" unless site.yml says otherwise.</param>
/// <param name="Authors">The authors' pages' segment (<c>/fr/auteurs/jdupont/</c>); "authors" unless site.yml says otherwise.</param>
public sealed record LanguagePaths(string Articles, string Topics, string Timeline, string Search, string Archives = "archives", string Corrections = "corrections",
    string Authors = "authors");

public sealed record Language(string Code, string Name, string Locale, string Title, string Description, LanguagePaths Paths)
{
    /// <summary>Where site.yml names the language (its key under <c>languages</c>).</summary>
    public SiteGen.Rules.SourceLocation Location { get; init; }
}

/// <summary>site.yml: where the site lives and which languages it speaks, the default first.</summary>
public sealed record SiteSettings(Uri BaseUrl, string DefaultLanguage, int PageSize, IReadOnlyList<Language> Languages)
{
    /// <summary>The path part of <see cref="BaseUrl"/>, always ending in '/': the prefix of every link.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    public Language this[string code]
    {
        get
        {
            for (var i = 0; i < Languages.Count; i++)
                if (Languages[i].Code == code) return Languages[i];
            throw new KeyNotFoundException($"'{code}' is not a language of site.yml.");
        }
    }

    public Language Default => this[DefaultLanguage];

    /// <summary>The topics of <c>frontPage</c> in site.yml, in order, each with its place; null when the site lets the newest lead.</summary>
    public IReadOnlyList<SiteGen.Rules.Binding.Located<string>>? FrontPage { get; init; }

    public SiteSettings WithBaseUrl(Uri baseUrl) => this with { BaseUrl = baseUrl };

    /// <summary>What becomes of HTML written in Markdown.</summary>
    public SiteGen.Content.Schema.RawHtmlMode RawHtml { get; init; }

    /// <summary>The time zone of dates written without an offset (site.yml timeZone:, UTC by default).</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>The site's logo as written in site.yml (an address under /assets/), and where; null when it has none.</summary>
    public (string Src, SiteGen.Rules.SourceLocation Location)? Logo { get; init; }

    /// <summary>The icon of site.yml, as written, with its place.</summary>
    public (string Src, SiteGen.Rules.SourceLocation Location)? Icon { get; init; }
}
