using SiteGen.Cli;

var exit = await SiteGenCli.RunAsync(args, Console.Out, Console.Error);
// For measuring, not for users: the garbage collector's work over the whole run (counts do not depend on the machine's load, times do).
if (Environment.GetEnvironmentVariable("SITEGEN_GC_STATS") == "1")
    Console.Error.WriteLine($"GC: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; " +
        $"allocated {GC.GetTotalAllocatedBytes() / (1 << 20)} MB; paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {(System.Runtime.GCSettings.LatencyMode)}");
return exit;
