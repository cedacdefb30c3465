using SiteGen.Search;

namespace SiteGen.Tests;

/// <summary>The postings of a word as the index chunk holds them, and Pagefind's runs of places by weight or meta field.</summary>
public class PagefindPostingsTests
{
    [Fact]
    public void Postings_are_written_one_after_the_other_with_page_differences_in_the_shortest_CBOR()
    {
        var postings = new PagefindPostings();
        byte[] locations = [0x83, 0x38, 0x18, 0x00, 0x04]; // [-25, 0, 4]: weight 24, positions 0 and 4
        postings.Add(3, locations, 3, [-1, 2]);
        postings.Add(70_000, [0x80], 0, []);

        postings.Encoded.ToArray().ShouldBe(new byte[]
        {
            0x83, 0x03, 0x83, 0x38, 0x18, 0x00, 0x04, 0x82, 0x20, 0x02,
            0x83, 0x1A, 0x00, 0x01, 0x11, 0x6D, 0x80, 0x80,
        });
        postings.Count.ShouldBe(2);
        postings.Size.ShouldBe(1 + 3 + 1 + 0, "Pagefind's chunk measure: a posting and each of its locations");
    }

    [Fact]
    public void A_word_on_every_page_of_a_large_site_keeps_every_posting()
    {
        var postings = new PagefindPostings();
        for (var page = 0; page < 50_000; page++) postings.Add(page, [0x81, 0x20], 1, []);
        postings.Count.ShouldBe(50_000);
        postings.Encoded.Length.ShouldBe(50_000 * 5, "a posting: its head, the page difference (0, then 1), its locations, no meta place");
        postings.Encoded[^5..].ToArray().ShouldBe(new byte[] { 0x83, 0x01, 0x81, 0x20, 0x80 });
    }

    [Fact]
    public void Places_out_of_order_are_sorted_by_weight_and_keep_their_order_within_a_weight()
    {
        var encoded = new List<int>();
        PagefindPostings.EncodeRuns([(24, 0), (168, 1), (24, 5), (168, 2), (12, 9)], encoded);
        encoded.ShouldBe([-13, 9, -25, 0, 5, -169, 1, 1]);

        PagefindPostings.EncodeRuns([(0, 3), (0, 7)], encoded);
        encoded.ShouldBe([-1, 3, 4], "in order already: one run");

        PagefindPostings.EncodeRuns([], encoded);
        encoded.ShouldBeEmpty();
    }
}
