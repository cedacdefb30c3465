using System.Runtime.InteropServices;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// A Snowball stemmer of libstemmer, the Snowball project's own C library (Debian's libstemmer0d): version 2.2.0,
/// the one Pagefind 1.6's stemmers were generated from, so a word stemmed here is the word Pagefind's search
/// stems a query to. One instance is not safe across threads; <see cref="For"/> gives each thread its own.
/// </summary>
internal sealed unsafe class Stemmer : IDisposable
{
    private static readonly string[] LibraryNames = ["libstemmer.so.0d", "libstemmer.so", "libstemmer.0d.dylib", "libstemmer.dylib", "libstemmer.dll", "stemmer.dll"];
    private static readonly Lazy<Library?> Loaded = new(Load);

    private readonly Library library;
    private readonly nint stemmer;
    private readonly Dictionary<string, string> known = new(StringComparer.Ordinal);
    private byte[] buffer = new byte[256];

    private Stemmer(Library library, nint stemmer)
    {
        this.library = library;
        this.stemmer = stemmer;
    }

    /// <summary>Why stemming cannot be done here, or null when libstemmer is there.</summary>
    public static string? Unavailable => Loaded.Value is null
        ? "libstemmer (the Snowball stemmers: apt-get install libstemmer0d) was not found, so the site has no search index. Everything else is built."
        : null;

    /// <summary>The Snowball algorithm Pagefind uses for a language code (its get_stemmer), or null: words are kept as they are.</summary>
    public static string? AlgorithmOf(string language) => language.Split('-')[0] switch
    {
        "ar" => "arabic", "hy" => "armenian", "eu" => "basque", "ca" => "catalan", "da" => "danish", "nl" => "dutch",
        "en" => "english", "fi" => "finnish", "fr" => "french", "de" => "german", "el" => "greek", "hi" => "hindi",
        "hu" => "hungarian", "id" => "indonesian", "ga" => "irish", "it" => "italian", "lt" => "lithuanian", "ne" => "nepali",
        "no" => "norwegian", "pt" => "portuguese", "ro" => "romanian", "ru" => "russian", "sr" => "serbian", "es" => "spanish",
        "sv" => "swedish", "ta" => "tamil", "tr" => "turkish", "yi" => "yiddish",
        _ => null,
    };

    /// <summary>A stemmer for <paramref name="algorithm"/> (a Snowball name: "french", "english").</summary>
    public static Stemmer Create(string algorithm)
    {
        var library = Loaded.Value ?? throw new InvalidOperationException(Unavailable);
        var name = Encoding.ASCII.GetBytes(algorithm + "\0");
        var encoding = "UTF_8\0"u8;
        nint stemmer;
        fixed (byte* n = name)
        fixed (byte* e = encoding)
            stemmer = library.New(n, e);
        if (stemmer == 0) throw new ArgumentException($"libstemmer has no '{algorithm}' stemmer.", nameof(algorithm));
        return new Stemmer(library, stemmer);
    }

    /// <summary>The stem of <paramref name="word"/> (already lower-cased, as Pagefind stems it).</summary>
    public string Stem(string word)
    {
        if (known.TryGetValue(word, out var stem)) return stem;
        var length = Encoding.UTF8.GetMaxByteCount(word.Length);
        if (buffer.Length < length) buffer = new byte[Math.Max(length, buffer.Length * 2)];
        var written = Encoding.UTF8.GetBytes(word, buffer);
        fixed (byte* w = buffer)
        {
            var result = library.Stem(stemmer, w, written);
            if (result is null) throw new OutOfMemoryException("libstemmer could not stem a word.");
            stem = Encoding.UTF8.GetString(result, library.Length(stemmer));
        }
        if (known.Count < 1 << 20) known[word] = stem;
        return stem;
    }

    public void Dispose() => library.Delete(stemmer);

    private sealed class Library
    {
        public required delegate* unmanaged<byte*, byte*, nint> New { get; init; }
        public required delegate* unmanaged<nint, void> Delete { get; init; }
        public required delegate* unmanaged<nint, byte*, int, byte*> Stem { get; init; }
        public required delegate* unmanaged<nint, int> Length { get; init; }
    }

    private static Library? Load()
    {
        foreach (var name in LibraryNames)
        {
            if (!NativeLibrary.TryLoad(name, out var handle)) continue;
            return new Library
            {
                New = (delegate* unmanaged<byte*, byte*, nint>)NativeLibrary.GetExport(handle, "sb_stemmer_new"),
                Delete = (delegate* unmanaged<nint, void>)NativeLibrary.GetExport(handle, "sb_stemmer_delete"),
                Stem = (delegate* unmanaged<nint, byte*, int, byte*>)NativeLibrary.GetExport(handle, "sb_stemmer_stem"),
                Length = (delegate* unmanaged<nint, int>)NativeLibrary.GetExport(handle, "sb_stemmer_length"),
            };
        }
        return null;
    }
}
