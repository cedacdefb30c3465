namespace SiteGen.Content.Model;

/// <summary>An author in one language: the name shown in bylines, a role and a short bio (either may be empty).</summary>
public sealed record AuthorProfile(string Name, string Role, string Bio);

/// <summary>An author of authors.yml: its id (its address), a profile per language, an optional portrait and links.</summary>
public sealed record Author(string Id, IReadOnlyDictionary<string, AuthorProfile> Profiles, IReadOnlyList<Uri> Links)
{
    public AuthorProfile In(string language) => Profiles[language];

    /// <summary>The portrait, resolved against the site's images once they are read.</summary>
    public Picture? Image { get; init; }

    /// <summary>The portrait as written in authors.yml, with the place of its src, until the images are read.</summary>
    public (Schema.ImageFrontMatter Image, SiteGen.Rules.SourceLocation At)? ImageSource { get; init; }
}
