using SiteGen.Rules;

namespace SiteGen.Rules.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("2022", DatePrecision.Year, "2022")]
    [InlineData("2022-12", DatePrecision.Month, "2022-12")]
    [InlineData("2024-04-24", DatePrecision.Day, "2024-04-24")]
    [InlineData("2024-02-29", DatePrecision.Day, "2024-02-29")]
    public void Parses_each_precision_and_keeps_it(string text, DatePrecision precision, string iso)
    {
        PartialDate.TryParse(text, out var date, out _).ShouldBeTrue();
        date.Precision.ShouldBe(precision);
        date.ToIsoString().ShouldBe(iso);
    }

    [Theory]
    [InlineData("2024-02-30", "'2024-02-30' is impossible: 2024-02 has 29 days.")]
    [InlineData("2023-02-29", "'2023-02-29' is impossible: 2023-02 has 28 days.")]
    [InlineData("2024-13", "'2024-13' has no month 13; months go from 01 to 12.")]
    [InlineData("hier", "'hier' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (for example 2022, 2022-12 or 2022-12-05).")]
    [InlineData("24-04-2024", "'24-04-2024' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (for example 2022, 2022-12 or 2022-12-05).")]
    [InlineData("0000", "'0000' has no year 0000; write a year from 0001 to 9999.")]
    public void Refuses_impossible_dates_saying_why(string text, string error)
    {
        PartialDate.TryParse(text, out _, out var message).ShouldBeFalse();
        message.ShouldBe(error);
    }

    [Fact]
    public void Orders_by_time_with_the_less_precise_date_first()
    {
        var dates = new[] { "2023-01", "2022-12-05", "2022", "2022-12" }.Select(t => { PartialDate.TryParse(t, out var d, out _); return d; }).ToList();

        dates.Order().Select(d => d.ToIsoString()).ShouldBe(["2022", "2022-12", "2022-12-05", "2023-01"]);
    }

    [Fact]
    public void A_month_ends_on_its_last_day()
    {
        PartialDate.TryParse("2023-02", out var date, out _);
        date.End.ShouldBe(new DateTime(2023, 2, 28, 0, 0, 0, DateTimeKind.Utc));
    }
}
