using SiteGen.Corpus;

if (args.Length != 2 || !int.TryParse(args[0], out var count) || count < 2)
{
    Console.Error.WriteLine("usage: SiteGen.Corpus ARTICLES FOLDER   (writes FOLDER/input with ARTICLES articles, half per language)");
    return 2;
}
CorpusWriter.Write(count, args[1]);
Console.WriteLine($"Wrote {count} articles into {Path.Combine(args[1], "input")}");
return 0;
