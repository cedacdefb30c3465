using System.Text;

// The names the Snowball compiler's C# output expects of its runtime: a base class Stemmer holding the word being
// stemmed and the cursor and slice marks, and Among, an entry of a table of suffixes or prefixes.
namespace Snowball;

/// <summary>An entry of a Snowball among table: its string, the entry its string ends with (-1 for none), the result, and a condition routine (0 for none).</summary>
internal sealed class Among(string searchString, int matchIndex, int result, int condition)
{
    public string SearchString { get; } = searchString;
    public int MatchIndex { get; } = matchIndex;
    public int Result { get; } = result;
    public int Condition { get; } = condition;
}

/// <summary>
/// The state a generated stemmer works on: the word (<see cref="current"/>), the cursor, the limits it may move between,
/// the slice [<see cref="bra"/>, <see cref="ket"/>) it replaces, and the Snowball commands as methods. The grouping tests
/// return 0 when they matched, 1 when the character is not in (or, for out_, in) the group, -1 at the limit.
/// </summary>
internal abstract class Stemmer
{
    protected StringBuilder current = new();
    protected int cursor;
    protected int limit;
    protected int limit_backward;
    protected int bra;
    protected int ket;
    /// <summary>The condition routine an among entry asks for, for the generated dispatcher to call.</summary>
    protected int af;

    protected abstract bool stem();

    /// <summary>The stem of <paramref name="word"/> (lower-case, as the algorithms expect).</summary>
    public string Stem(string word)
    {
        current.Clear().Append(word);
        cursor = bra = ket = limit_backward = 0;
        limit = current.Length;
        stem();
        return current.ToString();
    }

    private static bool InGroup(string group, int min, int max, char c) => c >= min && c <= max && group.Contains(c);

    protected int in_grouping(string group, int min, int max, bool repeat)
    {
        do
        {
            if (cursor >= limit) return -1;
            if (!InGroup(group, min, max, current[cursor])) return 1;
            cursor++;
        } while (repeat);
        return 0;
    }

    protected int in_grouping_b(string group, int min, int max, bool repeat)
    {
        do
        {
            if (cursor <= limit_backward) return -1;
            if (!InGroup(group, min, max, current[cursor - 1])) return 1;
            cursor--;
        } while (repeat);
        return 0;
    }

    protected int out_grouping(string group, int min, int max, bool repeat)
    {
        do
        {
            if (cursor >= limit) return -1;
            if (InGroup(group, min, max, current[cursor])) return 1;
            cursor++;
        } while (repeat);
        return 0;
    }

    protected int out_grouping_b(string group, int min, int max, bool repeat)
    {
        do
        {
            if (cursor <= limit_backward) return -1;
            if (InGroup(group, min, max, current[cursor - 1])) return 1;
            cursor--;
        } while (repeat);
        return 0;
    }

    protected bool eq_s(string s) => eq_s(s.AsSpan());

    protected bool eq_s(StringBuilder s) => eq_s(s.ToString().AsSpan());

    private bool eq_s(ReadOnlySpan<char> s)
    {
        if (limit - cursor < s.Length) return false;
        for (var i = 0; i < s.Length; i++)
            if (current[cursor + i] != s[i]) return false;
        cursor += s.Length;
        return true;
    }

    protected bool eq_s_b(string s) => eq_s_b(s.AsSpan());

    protected bool eq_s_b(StringBuilder s) => eq_s_b(s.ToString().AsSpan());

    private bool eq_s_b(ReadOnlySpan<char> s)
    {
        if (cursor - limit_backward < s.Length) return false;
        var start = cursor - s.Length;
        for (var i = 0; i < s.Length; i++)
            if (current[start + i] != s[i]) return false;
        cursor = start;
        return true;
    }

    /// <summary>
    /// The longest entry of <paramref name="table"/> (sorted, each entry linked to the longest entry it starts with) that the
    /// text from the cursor starts with and whose condition holds: moves the cursor past it and returns its result, or 0.
    /// </summary>
    protected int find_among(Among[] table, Func<bool>? condition)
    {
        var start = cursor;
        var (i, common) = Search(table, start, forward: true);
        while (true)
        {
            var entry = table[i];
            if (common >= entry.SearchString.Length)
            {
                cursor = start + entry.SearchString.Length;
                if (entry.Condition == 0) return entry.Result;
                af = entry.Condition;
                if (condition!())
                {
                    cursor = start + entry.SearchString.Length;
                    return entry.Result;
                }
            }
            i = entry.MatchIndex;
            if (i < 0) return 0;
        }
    }

    /// <summary>As <see cref="find_among"/>, for the text before the cursor, entries read from their end.</summary>
    protected int find_among_b(Among[] table, Func<bool>? condition)
    {
        var start = cursor;
        var (i, common) = Search(table, start, forward: false);
        while (true)
        {
            var entry = table[i];
            if (common >= entry.SearchString.Length)
            {
                cursor = start - entry.SearchString.Length;
                if (entry.Condition == 0) return entry.Result;
                af = entry.Condition;
                if (condition!())
                {
                    cursor = start - entry.SearchString.Length;
                    return entry.Result;
                }
            }
            i = entry.MatchIndex;
            if (i < 0) return 0;
        }
    }

    /// <summary>
    /// Binary search over the sorted table for the entry sharing the longest run with the text at the cursor (forward) or
    /// before it (backward): its index and the length shared. Each probe starts comparing after the run both bounds share.
    /// </summary>
    private (int Index, int Common) Search(Among[] table, int start, bool forward)
    {
        int low = 0, high = table.Length, commonLow = 0, commonHigh = 0;
        var firstInspected = false;
        while (true)
        {
            var k = low + ((high - low) >> 1);
            var diff = 0;
            var common = Math.Min(commonLow, commonHigh);
            var entry = table[k].SearchString;
            while (common < entry.Length)
            {
                var at = forward ? start + common : start - 1 - common;
                if (forward ? at == limit : at < limit_backward)
                {
                    diff = -1;
                    break;
                }
                diff = current[at] - entry[forward ? common : entry.Length - 1 - common];
                if (diff != 0) break;
                common++;
            }
            if (diff < 0)
            {
                high = k;
                commonHigh = common;
            }
            else
            {
                low = k;
                commonLow = common;
            }
            if (high - low <= 1)
            {
                // The first entry is inspected once more when the search ends on it without having compared it.
                if (low > 0 || high == low || firstInspected) break;
                firstInspected = true;
            }
        }
        return (low, commonLow);
    }

    /// <summary>Replaces [from, to) by <paramref name="s"/>, moving the limit and the cursor; returns the change in length.</summary>
    private int Replace(int from, int to, string s)
    {
        var adjustment = s.Length - (to - from);
        current.Remove(from, to - from).Insert(from, s);
        limit += adjustment;
        if (cursor >= to) cursor += adjustment;
        else if (cursor > from) cursor = from;
        return adjustment;
    }

    protected void slice_from(string s)
    {
        Replace(bra, ket, s);
        ket = bra + s.Length;
    }

    protected void slice_del() => slice_from("");

    protected void insert(int from, int to, string s)
    {
        var adjustment = Replace(from, to, s);
        if (from <= bra) bra += adjustment;
        if (from <= ket) ket += adjustment;
    }

    protected void slice_to(StringBuilder into) => into.Clear().Append(current, bra, ket - bra);
}
