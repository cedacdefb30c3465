using System.Text.RegularExpressions;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Typography for plain text in every language: the apostrophe inside a word becomes ’. English
/// turns straight quotes into “ ” and ‘ ’. French adds a no-break space inside « » and before
/// ; : ! ?, turns straight quotes into guillemets, and joins digit groups with a narrow no-break
/// space ("2 000 milliards" does not break across lines).
/// </summary>
public static partial class Typography
{
    // Most text has none of these: it is returned as it is, without running any pattern.
    // ASCII only, so the search is vectorised (with « and » in the set it fell back to a
    // probabilistic map: 3 % of a 10,000-article build); the guillemets are looked for on their own.
    private static readonly System.Buffers.SearchValues<char> FrenchAsciiTriggers = System.Buffers.SearchValues.Create("'\";:!?0123456789");

    private static readonly System.Buffers.SearchValues<char> HighPunctuation = System.Buffers.SearchValues.Create(";:!?");

    public const char NoBreakSpace = '\u00A0';

    public const char NarrowNoBreakSpace = '\u202F';

    public static string Apply(string text, string language, bool precededByText = false) =>
        language == "fr" ? French(text, precededByText) : English(text);

    /// <summary>Straight quotes as curly ones, as Markdown bodies already get them (titles, summaries, captions).</summary>
    public static string English(string text)
    {
        if (!text.Contains('\'') && !text.Contains('"')) return text;
        text = Apostrophe().Replace(text, "’");
        text = EnglishDoubleQuotes().Replace(text, "“$1”");
        return EnglishSingleQuotes().Replace(text, "‘$1’");
    }

    /// <summary>True when <see cref="Apply"/> may change <paramref name="text"/>.</summary>
    public static bool MayApply(ReadOnlySpan<char> text) => text.ContainsAny(FrenchAsciiTriggers) || text.ContainsAny('«', '»');

    /// <summary>Each pattern runs only where its character is: most French text has an apostrophe or a digit, few have all.</summary>
    public static string French(string text, bool precededByText = false)
    {
        var span = text.AsSpan();
        bool apostrophe = span.Contains('\''), quotes = span.Contains('"'), guillemets = quotes || span.ContainsAny('«', '»'),
            high = span.ContainsAny(HighPunctuation), digits = span.ContainsAnyInRange('0', '9');
        if (!(apostrophe || guillemets || high || digits)) return text;
        const char sentinel = '\u0001';
        if (precededByText) text = sentinel + text;
        if (apostrophe) text = Apostrophe().Replace(text, "’");
        if (quotes) text = StraightQuotes().Replace(text, "«\u00A0$1\u00A0»");
        if (guillemets)
        {
            text = AfterOpening().Replace(text, "«\u00A0");
            text = BeforeClosing().Replace(text, "$1\u00A0»");
        }
        if (high) text = BeforeHighPunctuation().Replace(text, "$1\u00A0$2");
        if (digits) text = DigitGroup().Replace(text, "\u202F");
        return precededByText ? text[1..] : text;
    }

    /// <summary>A space inside a number written in groups of three ("12 000 000"), not between a year and a number ("2024 150").</summary>
    [GeneratedRegex(@"(?<=(?<!\d)\d{1,3}(?:[ \u00A0\u202F]\d{3})*)[ \u00A0](?=\d{3}(?!\d))")]
    private static partial Regex DigitGroup();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex EnglishDoubleQuotes();

    [GeneratedRegex(@"(?<=^|[\s(“])'([^']*)'(?=$|[\s).,;:!?”])")]
    private static partial Regex EnglishSingleQuotes();

    [GeneratedRegex(@"(?<=\p{L})'(?=\p{L})")]
    private static partial Regex Apostrophe();

    [GeneratedRegex("\"\\s*([^\"]*?)\\s*\"")]
    private static partial Regex StraightQuotes();

    [GeneratedRegex(@"«[ \t\u00A0\u202F]*")]
    private static partial Regex AfterOpening();

    [GeneratedRegex(@"([^\s«])[ \t\u00A0\u202F]*»")]
    private static partial Regex BeforeClosing();

    // Only before punctuation that ends a word: "10:30" and "https://" stay as they are.
    [GeneratedRegex(@"([^\s;:!?\u00A0«])[ \t\u202F]*([;:!?]+)(?=$|[\s»)\].,\u00A0])")]
    private static partial Regex BeforeHighPunctuation();
}
