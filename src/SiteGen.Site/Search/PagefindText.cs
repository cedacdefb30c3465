using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Search;

/// <summary>Pagefind's rules for text: how it normalises content, ends sentences, splits compound words and folds accents.</summary>
internal static partial class PagefindText
{
    /// <summary>The characters Pagefind keeps inside words (Unicode's connector punctuation), also listed in pagefind-entry.json.</summary>
    public static readonly char[] WordSymbols = ['_', '‿', '⁀', '⁔', '︳', '︴', '﹍', '﹎', '﹏', '＿'];

    [GeneratedRegex(@"___PAGEFIND_\S+\s?")]
    private static partial Regex PrivateMarks();

    /// <summary>Pagefind's normalize_content: entities decoded, the ends trimmed, line breaks and runs of spaces made one space.</summary>
    public static string Normalize(string content)
    {
        var text = content.Contains('&') ? WebUtility.HtmlDecode(content) : content;
        text = text.Trim();
        return text.Contains('\n') || HasRunOfSpaces(text) ? WithOneSpaceForEachBreak(text) : text;
    }

    /// <summary>
    /// Pagefind's two replacements, (\n|\r\n)+ by " " then \s{2,} by " ", in one pass: each run of two white-space
    /// characters or more, and each lone \n, becomes one space (after the first, a run holding a line break is a space,
    /// or two white-space characters or more).
    /// </summary>
    private static string WithOneSpaceForEachBreak(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var end = i;
            while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
            if (end - i >= 2 || (end > i && text[i] == '\n'))
            {
                result.Append(' ');
                i = end;
            }
            else result.Append(text[i++]);
        }
        return result.ToString();
    }

    private static bool HasRunOfSpaces(string text)
    {
        for (var i = 1; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && char.IsWhiteSpace(text[i - 1])) return true;
        return false;
    }

    public static string WithoutPrivateMarks(string value) => value.Contains("___PAGEFIND_") ? PrivateMarks().Replace(value, "") : value;

    /// <summary>The text ends in a character of [\w'")$*] (Pagefind adds a full stop after such a sentence element).</summary>
    public static bool IsSentenceEnd(StringBuilder text)
    {
        if (text.Length == 0) return false;
        Span<char> tail = stackalloc char[2];
        var length = Math.Min(2, text.Length);
        text.CopyTo(text.Length - length, tail, length);
        return IsSentenceEnd(LastRune(new string(tail[..length])));
    }

    public static bool IsSentenceEnd(string text) => text.Length > 0 && IsSentenceEnd(LastRune(text));

    private static Rune LastRune(string text) =>
        Rune.DecodeLastFromUtf16(text, out var rune, out _) == System.Buffers.OperationStatus.Done ? rune : new Rune(text[^1] & 0x7F);

    private static bool IsSentenceEnd(Rune c) => c.Value is '\'' or '"' or ')' or '$' or '*' || IsWordCharacter(c);

    /// <summary>Regex's \w: letters, marks, decimal digits, connector punctuation.</summary>
    private static bool IsWordCharacter(Rune c) => Rune.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
        _ => c.Value is 0x200C or 0x200D,
    };

    /// <summary>Rust's char::is_alphanumeric: alphabetic or numeric.</summary>
    public static bool IsAlphanumeric(Rune c) => c.IsAscii ? char.IsAsciiLetterOrDigit((char)c.Value) : Rune.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.OtherNumber or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };

    /// <summary>
    /// Pagefind's get_discrete_words: ASCII punctuation made spaces, then the words cut as the convert_case crate cuts
    /// them for lower case (spaces, lower then upper, digits against letters, the last capital of an acronym) and joined by
    /// spaces, lower-cased.
    /// </summary>
    public static string DiscreteWords(string word)
    {
        var runes = word.EnumerateRunes().Select(r => IsAsciiPunctuation(r.Value) ? new Rune(' ') : r).ToArray();
        var words = new List<string>();
        var current = new StringBuilder();
        void Cut()
        {
            if (current.Length > 0) words.Add(current.ToString());
            current.Clear();
        }
        Span<char> chars = stackalloc char[2];
        for (var i = 0; i < runes.Length; i++)
        {
            var c = runes[i];
            if (c.Value == ' ') { Cut(); continue; }
            if (current.Length > 0 && i > 0)
            {
                var before = runes[i - 1];
                var next = i + 1 < runes.Length ? runes[i + 1] : (Rune?)null;
                if ((Rune.IsLower(before) && Rune.IsUpper(c))
                    || (Rune.IsUpper(before) && IsAsciiDigit(c)) || (IsAsciiDigit(before) && Rune.IsUpper(c))
                    || (IsAsciiDigit(before) && Rune.IsLower(c)) || (Rune.IsLower(before) && IsAsciiDigit(c))
                    || (Rune.IsUpper(before) && Rune.IsUpper(c) && next is { } n && Rune.IsLower(n)))
                    Cut();
            }
            current.Append(chars[..c.EncodeToUtf16(chars)]);
        }
        Cut();
        return string.Join(' ', words.Select(w => w.ToLowerInvariant()));
    }

    private static bool IsAsciiDigit(Rune c) => c.Value is >= '0' and <= '9';

    private static bool IsAsciiPunctuation(int c) => c is (>= 0x21 and <= 0x2F) or (>= 0x3A and <= 0x40) or (>= 0x5B and <= 0x60) or (>= 0x7B and <= 0x7E);

    /// <summary>The word without its accents (decomposed, combining marks dropped), or the word itself when it has none.</summary>
    public static string Folded(string word)
    {
        var ascii = true;
        foreach (var c in word)
            if (c > 0x7F) { ascii = false; break; }
        if (ascii) return word;
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
            if (!Combining(rune)) folded.Append(rune.ToString());
        var result = folded.ToString().Normalize(NormalizationForm.FormC);
        return result == word ? word : result;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> CombiningMarks = new();

    /// <summary>
    /// Whether a character has a canonical combining class other than 0 (the accents a decomposition leaves; not the
    /// variation selector of an emoji, a mark of class 0). .NET does not expose the class: a mark of class c between 1 and
    /// 239 moves before U+0345 (class 240) when the pair is put in canonical order, a mark of class 0 does not.
    /// </summary>
    private static bool Combining(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)) return false;
        return CombiningMarks.GetOrAdd(rune.Value, value =>
        {
            if (value == 0x345) return true;
            var pair = "\u0345" + char.ConvertFromUtf32(value);
            return !pair.Normalize(NormalizationForm.FormD).StartsWith('\u0345');
        });
    }

    /// <summary>Pictographs in the word, one per grapheme (Pagefind indexes emoji apart).</summary>
    /// <summary>Whether a word holds a character of the emoji blocks (or a surrogate), before looking for them.</summary>
    public static bool MayHoldEmoji(string word)
    {
        foreach (var c in word)
            if (c >= 0x2600) return true;
        return false;
    }

    public static IEnumerable<string> Emoji(string word)
    {
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var first = Rune.GetRuneAt(element, 0).Value;
            if (first is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF) yield return element;
        }
    }
}
