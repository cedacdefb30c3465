using SiteGen.Rules.Binding;

namespace SiteGen.Rules.Tests;

/// <summary>Dates and times as Hugo, Jekyll and YAML write them; without an offset, in the site's time zone.</summary>
public class TimestampTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Theory]
    [InlineData("2018-03-09 09:00:00 -0400", "2018-03-09T09:00:00.0000000-04:00")]
    [InlineData("2018-03-09 09:00:00 -04:00", "2018-03-09T09:00:00.0000000-04:00")]
    [InlineData("2018-03-09T09:00:00-0400", "2018-03-09T09:00:00.0000000-04:00")]
    [InlineData("2001-12-14t21:59:43.10-05:00", "2001-12-14T21:59:43.1000000-05:00")]
    [InlineData("2001-12-14 21:59:43.10 -5", "2001-12-14T21:59:43.1000000-05:00")]
    [InlineData("2001-12-15T02:59:43.1Z", "2001-12-15T02:59:43.1000000+00:00")]
    [InlineData("2001-12-15 2:59:43.123456789", "2001-12-15T02:59:43.1234568+00:00")]
    [InlineData("2024-09-10T08:30+05:30", "2024-09-10T08:30:00.0000000+05:30")]
    [InlineData("2024-09-10", "2024-09-10T00:00:00.0000000+00:00")]
    public void Reads_every_yaml_timestamp_form(string written, string expected)
    {
        ScalarParsers.TryDateTime(written, out var value, out var error).ShouldBeTrue(error);
        value.ToString("o", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2025-10-27T15:51:42", "2025-10-27T15:51:42.0000000+01:00")] // winter time
    [InlineData("2025-07-01 15:51", "2025-07-01T15:51:00.0000000+02:00")] // summer time
    [InlineData("2025-03-30 02:30:00", "2025-03-30T03:30:00.0000000+02:00")] // skipped by the clocks: the hour after
    [InlineData("2024-09-10", "2024-09-10T00:00:00.0000000+02:00")]
    public void Without_an_offset_a_time_is_in_the_sites_time_zone_never_the_machines(string written, string expected)
    {
        ScalarParsers.TryDateTime(written, Paris, out var value, out var error).ShouldBeTrue(error);
        value.ToString("o", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2024-09-10 25:00", "hours go from 00 to 23")]
    [InlineData("2024-09-10 10:61", "hours go from 00 to 23, minutes")]
    [InlineData("2024-02-30 10:00", "2024-02 has 29 days")]
    [InlineData("2024-09-10 10:00 +1500", "is not a date")]
    [InlineData("2024-09-10 10h00", "is not a date")]
    [InlineData("le 10 septembre", "is not a date")]
    public void A_time_that_cannot_be_is_explained(string written, string expected)
    {
        ScalarParsers.TryDateTime(written, Paris, out _, out var error).ShouldBeFalse();
        error.ShouldContain(expected);
    }

    [Theory]
    [InlineData("Europe/Paris", true)]
    [InlineData("America/Toronto", true)]
    [InlineData("UTC", true)]
    [InlineData("Romance Standard Time", false)]
    [InlineData("Europe/Pariss", false)]
    [InlineData("CET", false)]
    public void A_site_time_zone_is_an_iana_id(string id, bool known) => (SiteRules.FindTimeZone(id) is not null).ShouldBe(known);

    [Fact]
    public void An_unknown_time_zone_in_site_yml_is_located_with_the_nearest_id()
    {
        var diagnostics = new List<Diagnostic>();
        var root = Yaml.YamlTreeReader.Read("baseUrl: https://example.org/\ntimeZone: Europe/Pariss\n", "input/site.yml", 1, diagnostics)!;
        SiteRules.Check((Yaml.YamlMapping)root, "input/site.yml", diagnostics);
        diagnostics.ShouldHaveSingleItem().ToString().ShouldBe(
            "input/site.yml(2,11): error SG0201: 'timeZone' is 'Europe/Pariss', which is not an IANA time zone; did you mean 'Europe/Paris'?");
    }
}
