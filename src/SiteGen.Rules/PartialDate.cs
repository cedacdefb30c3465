using System;
using System.Globalization;

namespace SiteGen.Rules
{
    public enum DatePrecision { Year, Month, Day }

    /// <summary>A date known to the year, the month or the day; the precision is kept and shown.</summary>
    public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
    {
        public PartialDate(int year, int month = 0, int day = 0)
        {
            Year = year;
            Month = month;
            Day = day;
        }

        public int Year { get; }
        public int Month { get; }
        public int Day { get; }
        public DatePrecision Precision => Day > 0 ? DatePrecision.Day : Month > 0 ? DatePrecision.Month : DatePrecision.Year;

        /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD; the error says why a date is impossible.</summary>
        public static bool TryParse(string text, out PartialDate date, out string error)
        {
            date = default;
            var parts = text.Trim().Split('-');
            if (parts.Length > 3 || parts[0].Length != 4 || !AllDigits(parts[0])
                || (parts.Length > 1 && (parts[1].Length != 2 || !AllDigits(parts[1])))
                || (parts.Length > 2 && (parts[2].Length != 2 || !AllDigits(parts[2]))))
            {
                error = $"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (for example 2022, 2022-12 or 2022-12-05).";
                return false;
            }
            var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
            var day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
            if (year < 1)
            {
                error = $"'{text}' has no year 0000; write a year from 0001 to 9999.";
                return false;
            }
            if (parts.Length > 1 && (month < 1 || month > 12))
            {
                error = $"'{text}' has no month {parts[1]}; months go from 01 to 12.";
                return false;
            }
            if (parts.Length > 2 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
            {
                error = $"'{text}' is impossible: {year:D4}-{month:D2} has {DateTime.DaysInMonth(year, month)} days.";
                return false;
            }
            date = new PartialDate(year, month, day);
            error = "";
            return true;
        }

        /// <summary>The first day the date can mean, for ordering against full dates.</summary>
        public DateTime Start => new DateTime(Year, Math.Max(Month, 1), Math.Max(Day, 1), 0, 0, 0, DateTimeKind.Utc);

        /// <summary>The last day the date can mean: an event "2023-01" ends on January 31.</summary>
        public DateTime End => Precision switch
        {
            DatePrecision.Year => new DateTime(Year, 12, 31, 0, 0, 0, DateTimeKind.Utc),
            DatePrecision.Month => new DateTime(Year, Month, DateTime.DaysInMonth(Year, Month), 0, 0, 0, DateTimeKind.Utc),
            _ => Start,
        };

        public string ToIsoString() => Precision switch
        {
            DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
            DatePrecision.Month => $"{Year:D4}-{Month:D2}",
            _ => $"{Year:D4}-{Month:D2}-{Day:D2}",
        };

        public override string ToString() => ToIsoString();

        /// <summary>Earlier first; at the same start, the less precise date first (a year heads its months).</summary>
        public int CompareTo(PartialDate other)
        {
            var byYear = Year.CompareTo(other.Year);
            if (byYear != 0) return byYear;
            var byMonth = Month.CompareTo(other.Month);
            return byMonth != 0 ? byMonth : Day.CompareTo(other.Day);
        }

        public bool Equals(PartialDate other) => Year == other.Year && Month == other.Month && Day == other.Day;
        public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);
        public override int GetHashCode() => (Year * 13 + Month) * 32 + Day;
        public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);
        public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

        private static bool AllDigits(string text)
        {
            foreach (var c in text)
                if (c < '0' || c > '9') return false;
            return true;
        }
    }
}
