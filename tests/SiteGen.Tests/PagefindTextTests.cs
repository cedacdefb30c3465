using System.Text.RegularExpressions;
using CsCheck;
using SiteGen.Search;

namespace SiteGen.Tests;

/// <summary>The search index's text rules against Pagefind's own definitions, written as its regular expressions.</summary>
public class PagefindTextTests
{
    /// <summary>Pagefind's normalize_content (without entities): trim, (\n|\r\n)+ → " ", then \s{2,} → " ".</summary>
    private static string AsPagefindWritesIt(string text) =>
        Regex.Replace(Regex.Replace(text.Trim(), "(\n|\r\n)+", " "), @"\s{2,}", " ");

    [Fact]
    public void Normalized_text_is_what_Pagefinds_two_replacements_give_on_any_mix_of_breaks_and_spaces()
    {
        Gen.Char[" \t\r\n\u00A0\u2028\u3000ab."].Array[0, 40].Select(chars => new string(chars))
            .Sample(text => PagefindText.Normalize(text).ShouldBe(AsPagefindWritesIt(text), $"for {Regex.Escape(text)}"), iter: 20_000);
    }

    [Theory]
    [InlineData("a\nb", "a b")]
    [InlineData("a\r\n\r\nb", "a b")]
    [InlineData("a\rb", "a\rb")]
    [InlineData("a \n\t b", "a b")]
    [InlineData("a\u00A0b", "a\u00A0b")]
    [InlineData("  a  ", "a")]
    public void Line_breaks_and_runs_of_spaces_become_one_space(string text, string normalized) =>
        PagefindText.Normalize(text).ShouldBe(normalized);
}
