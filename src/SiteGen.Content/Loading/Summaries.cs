namespace SiteGen.Content.Loading;

/// <summary>
/// A summary taken from the first paragraph is cut at a word near <see cref="MaxLength"/>
/// characters: it is repeated in the page's description, in lists of articles and in related
/// articles, where a whole paragraph is too long to read (and to write ten thousand times).
/// </summary>
public static class Summaries
{
    public const int MaxLength = 220;

    public static string Shorten(string paragraph)
    {
        if (paragraph.Length <= MaxLength) return paragraph;
        var cut = paragraph.LastIndexOf(' ', MaxLength);
        if (cut < MaxLength / 2) cut = MaxLength;
        return paragraph[..cut].TrimEnd(',', ';', ':', ' ', '\u00A0') + "…";
    }
}
