namespace SiteGen.Search;

/// <summary>
/// A word's postings in one language, encoded as the index chunk holds them, one after the other in page order: each
/// [page number as a difference from the previous posting's, locations, meta locations]. One buffer a word, not an
/// array a posting: a 10,000-article site has about three million postings.
/// </summary>
internal sealed class PagefindPostings
{
    private byte[] bytes = [];
    private int length;
    private int lastPage;

    /// <summary>How many postings.</summary>
    public int Count { get; private set; }

    /// <summary>Pagefind's measure of a chunk: one for each posting and each of its locations.</summary>
    public int Size { get; private set; }

    /// <summary>The postings, encoded.</summary>
    public ReadOnlySpan<byte> Encoded => bytes.AsSpan(0, length);

    /// <param name="locations">The locations, already encoded as a CBOR array.</param>
    /// <param name="locationCount">How many items that array holds.</param>
    public void Add(int page, ReadOnlySpan<byte> locations, int locationCount, IReadOnlyList<int> metaLocations)
    {
        var needed = length + 2 * 9 + locations.Length + 9 * (metaLocations.Count + 1);
        if (needed > bytes.Length) Array.Resize(ref bytes, Math.Max(needed, Math.Min(2 * bytes.Length, bytes.Length + (1 << 20))));
        var span = bytes.AsSpan(length);
        var written = CborOutput.Head(span, 4, 3);
        written += CborOutput.Head(span[written..], 0, (ulong)(page - lastPage));
        locations.CopyTo(span[written..]);
        written += locations.Length;
        written += CborOutput.Head(span[written..], 4, (ulong)metaLocations.Count);
        foreach (var location in metaLocations) written += CborOutput.Integer(span[written..], location);
        length += written;
        lastPage = page;
        Count++;
        Size += 1 + locationCount;
    }

    /// <summary>
    /// Pagefind's encoding of places grouped by weight or by meta field: the places stably sorted by group (sorted here
    /// when they are not), each run of a group led by -(group + 1), the positions as differences within the run.
    /// </summary>
    public static void EncodeRuns(List<(int Group, int Position)> places, List<int> into)
    {
        into.Clear();
        var inOrder = true;
        for (var i = 1; i < places.Count && inOrder; i++) inOrder = places[i - 1].Group <= places[i].Group;
        if (!inOrder)
        {
            // Most words have one weight throughout; when not, a stable sort: the group above the place in the list.
            var order = new long[places.Count];
            for (var i = 0; i < order.Length; i++) order[i] = ((long)places[i].Group << 32) | (uint)i;
            Array.Sort(order);
            var sorted = new List<(int, int)>(order.Length);
            foreach (var key in order) sorted.Add(places[(int)(uint)key]);
            places = sorted;
        }
        int? group = null;
        var previous = 0;
        foreach (var (g, position) in places)
        {
            if (g != group)
            {
                into.Add(-g - 1);
                group = g;
                previous = 0;
            }
            into.Add(position - previous);
            previous = position;
        }
    }
}
