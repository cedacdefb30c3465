using SiteGen.Rules;
using SiteGen.Theme;
using SiteGen.Theme.Rendering;

namespace SiteGen.Tests;

public class LocalizedDatesTests
{
    [Theory]
    [InlineData("fr", "2022", "2022")]
    [InlineData("fr", "2022-12", "décembre 2022")]
    [InlineData("fr", "2024-04-24", "24 avril 2024")]
    [InlineData("fr", "2024-09-01", "1er septembre 2024")]
    [InlineData("en", "2022", "2022")]
    [InlineData("en", "2022-12", "December 2022")]
    [InlineData("en", "2024-04-24", "April 24, 2024")]
    [InlineData("en", "2024-09-01", "September 1, 2024")]
    public void Partial_dates_are_written_at_their_precision_in_each_language(string language, string date, string expected)
    {
        PartialDate.TryParse(date, out var parsed, out _).ShouldBeTrue();

        LocalizedDates.Format(parsed, Strings.For(language)!).ShouldBe(expected);
    }

    [Fact]
    public void Article_dates_are_written_in_full()
    {
        var date = new DateTimeOffset(2024, 9, 10, 0, 0, 0, TimeSpan.Zero);

        LocalizedDates.Format(date, Strings.Fr).ShouldBe("10 septembre 2024");
        LocalizedDates.Format(date, Strings.En).ShouldBe("September 10, 2024");
    }

    [Theory]
    [InlineData("fr", 0, "Aucun article")]
    [InlineData("fr", 1, "1 article")]
    [InlineData("en", 2, "2 articles")]
    public void Article_counts_use_each_languages_forms(string language, int count, string expected) =>
        Counts.Articles(Strings.For(language)!, count).ShouldBe(expected);
}
