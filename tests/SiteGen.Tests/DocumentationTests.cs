using SiteGen.Rules;

namespace SiteGen.Tests;

public class DocumentationTests
{
    [Fact]
    public void Every_content_diagnostic_is_in_the_readme_table()
    {
        var readme = File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "README.md"));

        DiagnosticKind.All.Where(kind => !readme.Contains($"| {kind.Id} |", StringComparison.Ordinal)).Select(kind => kind.Id).ShouldBeEmpty();
    }
}
