using System.Text.RegularExpressions;

namespace SiteGen.Content.Markdown;

/// <summary>
/// Typography for plain text in every language: the apostrophe inside a word becomes ’. French
/// adds a no-break space inside « » and before ; : ! ?, and turns straight quotes into guillemets.
/// </summary>
public static partial class Typography
{
    // Most text has none of these: it is returned as it is, without running any pattern.
    private static readonly System.Buffers.SearchValues<char> FrenchTriggers = System.Buffers.SearchValues.Create("'\"«»;:!?");

    public const char NoBreakSpace = '\u00A0';

    public static string Apply(string text, string language, bool precededByText = false) =>
        language == "fr" ? French(text, precededByText) : text.Contains('\'') ? Apostrophe().Replace(text, "’") : text;

    /// <summary>True when <see cref="Apply"/> may change <paramref name="text"/>.</summary>
    public static bool MayApply(ReadOnlySpan<char> text) => text.ContainsAny(FrenchTriggers);

    public static string French(string text, bool precededByText = false)
    {
        if (!MayApply(text)) return text;
        const char sentinel = '\u0001';
        if (precededByText) text = sentinel + text;
        text = Apostrophe().Replace(text, "’");
        text = StraightQuotes().Replace(text, "«\u00A0$1\u00A0»");
        text = AfterOpening().Replace(text, "«\u00A0");
        text = BeforeClosing().Replace(text, "$1\u00A0»");
        text = BeforeHighPunctuation().Replace(text, "$1\u00A0$2");
        return precededByText ? text[1..] : text;
    }

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
