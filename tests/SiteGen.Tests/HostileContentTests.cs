namespace SiteGen.Tests;

public class HostileContentTests
{
    [Fact]
    public async Task Script_in_a_title_summary_author_or_event_is_rendered_as_text_everywhere()
    {
        using var site = TestSite.CopyOfSample();
        const string Script = "</script><script>alert(1)</script><img src=x onerror=alert(2)>";
        File.AppendAllText(site.Combine("input", "authors.yml"),
            $"hostile:\n  name: \"{Script.Replace("\"", "\\\"")}\"\n  en: {{ role: \"{Script.Replace("\"", "\\\"")}\", bio: \"{Script.Replace("\"", "\\\"")}\" }}\n");
        File.WriteAllText(site.Combine("input", "en", "articles", "hostile.md"), $"""
            ---
            title: "{Script.Replace("\"", "\\\"")}"
            date: 2024-10-01
            summary: "{Script.Replace("\"", "\\\"")}"
            author: hostile
            topics: [tiktok]
            events:
              - date: 2024-10
                title: "{Script.Replace("\"", "\\\"")}"
                text: "<b>bold</b> {Script.Replace("\"", "\\\"")}"
            ---
            <script>alert(3)</script>
            """);
        var output = site.Combine("output");

        (await TestSite.BuildAsync(site.Combine("input"), output)).Succeeded.ShouldBeTrue();

        foreach (var file in Directory.GetFiles(output, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html") || f.EndsWith(".xml") || f.EndsWith(".json")))
        {
            var text = File.ReadAllText(file);
            text.ShouldNotContain("<script>alert", Case.Insensitive, file);
            text.ShouldNotContain("<img src=x", Case.Insensitive, file);
        }
        var page = File.ReadAllText(Path.Combine(output, "en/articles/hostile/index.html"));
        page.ShouldContain("&lt;/script&gt;&lt;script&gt;alert(1)");
        page.ShouldContain("\\u003C/script\\u003E");
        File.ReadAllText(Path.Combine(output, "en/authors/hostile/index.html")).ShouldContain("<h1>&lt;/script&gt;&lt;script&gt;alert(1)");
    }
}
