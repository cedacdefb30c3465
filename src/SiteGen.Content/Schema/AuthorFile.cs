using SiteGen.Rules;
using SiteGen.Rules.Schema;

namespace SiteGen.Content.Schema;

/// <summary>An author of <c>input/authors.yml</c>: what is the same in every language.</summary>
[FrontMatter(AuthorCatalogRules.AuthorContext, Role = "author")]
public sealed partial record AuthorFile
{
    [Example("Jeanne Dupont")]
    public required string Name { get; init; }

    [Example("{ src: /assets/images/jdupont.jpg, alt: Portrait de Jeanne Dupont }")]
    public ImageFrontMatter? Image { get; init; }

    /// <summary>The author's own pages elsewhere (a social profile, a personal site): absolute http(s) addresses.</summary>
    [Example("[https://mastodon.example/@jdupont]")]
    public IReadOnlyList<string> Links { get; init; } = [];
}

/// <summary>An author in one language, under its language code: name (when it is translated), role and a short bio.</summary>
[FrontMatter(AuthorCatalogRules.ProfileContext, Role = "author-profile")]
public sealed partial record AuthorProfileFile
{
    [Example("The newsroom")]
    public string? Name { get; init; }

    [Example("Journaliste, économie numérique")]
    public string? Role { get; init; }

    [Example("Couvre les plateformes et le commerce en ligne.")]
    public string? Bio { get; init; }
}
