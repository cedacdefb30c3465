using System.Text;
using SiteGen.Rules;

namespace SiteGen.Rules.Tests;

public class SourceTextTests
{
    [Fact]
    public void Bytes_that_are_not_utf8_are_located()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: Été\n").Concat(new byte[] { (byte)'x', 0xE9, (byte)'\n' }).ToArray();
        var diagnostics = new List<Diagnostic>();

        SourceText.Decode(bytes, "input/fr/articles/a.md", diagnostics).ShouldBeNull();

        diagnostics.ShouldHaveSingleItem().ToString()
            .ShouldBe("input/fr/articles/a.md(3,2): error SG0007: Byte 0xE9 is not UTF-8; save the file as UTF-8 in your editor.");
    }

    [Fact]
    public void A_huge_file_is_refused()
    {
        var diagnostics = new List<Diagnostic>();
        SourceText.Decode(new byte[SourceText.MaxBytes + 1], "input/fr/articles/a.md", diagnostics).ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().Id.ShouldBe("SG0008");
    }

    [Theory]
    [InlineData("---\ntitle: A\n---\nBody", "title: A\n", "Body", 4)]
    [InlineData("\uFEFF---\r\ntitle: A\r\n---\r\nBody", "title: A\r\n", "Body", 4)]
    [InlineData("---\n---\n", "", "", 3)]
    public void Front_matter_is_split_from_the_body(string text, string yaml, string body, int bodyLine)
    {
        var parts = FrontMatter.Split(text, "a.md", []).ShouldNotBeNull();
        parts.Yaml.ShouldBe(yaml);
        parts.Body.ShouldBe(body);
        parts.BodyFirstLine.ShouldBe(bodyLine);
    }

    [Theory]
    [InlineData("title: A\n", "SG0001")]
    [InlineData("---\ntitle: A\n", "SG0002")]
    public void Missing_or_unclosed_front_matter_is_an_error(string text, string id)
    {
        var diagnostics = new List<Diagnostic>();
        FrontMatter.Split(text, "a.md", diagnostics).ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().Id.ShouldBe(id);
    }
}
