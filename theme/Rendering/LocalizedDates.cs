using SiteGen.Rules;

namespace SiteGen.Theme.Rendering;

/// <summary>Dates as readers of each language write them: « 10 septembre 2024 », "September 10, 2024".</summary>
/// Each text is made once per date and language and then remembered: a site has a few thousand
/// distinct dates, and its pages show them hundreds of thousands of times (three replacements and
/// four strings each time were the largest source of garbage of a page render).
public static class LocalizedDates
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(PartialDate Date, Strings Strings), string> Formatted = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<PartialDate, string> Iso = new();

    public static string Format(DateTimeOffset date, Strings strings) =>
        Format(new PartialDate(date.Year, date.Month, date.Day), strings);

    public static string Format(PartialDate date, Strings strings) =>
        Formatted.GetOrAdd((date, strings), static key => Compose(key.Date, key.Strings));

    /// <summary>The value of a &lt;time datetime&gt; attribute for a date at its own precision.</summary>
    public static string MachineReadable(PartialDate date) => Iso.GetOrAdd(date, static d => d.ToIsoString());

    private static string Compose(PartialDate date, Strings strings) => date.Precision switch
    {
        DatePrecision.Year => date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        DatePrecision.Month => strings.DateMonth.Replace("{month}", strings.Months[date.Month - 1]).Replace("{year}", Year(date)),
        _ => strings.DateDay
            .Replace("{day}", date.Day == 1 ? strings.FirstDay : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{month}", strings.Months[date.Month - 1])
            .Replace("{year}", Year(date)),
    };

    /// <summary>A day without its year, under a heading that gives the month and year: « 24 avril », "April 24".</summary>
    public static string DayOfMonth(PartialDate date, Strings strings) => strings.DateDayOfMonth
        .Replace("{day}", date.Day == 1 ? strings.FirstDay : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{month}", strings.Months[date.Month - 1]);

    /// <summary>The value of a &lt;time datetime&gt; attribute: only the known parts.</summary>
    public static string MachineReadable(DateTimeOffset date) => MachineReadable(new PartialDate(date.Year, date.Month, date.Day));

    private static string Year(PartialDate date) => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
