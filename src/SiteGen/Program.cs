using SiteGen.Cli;

return await SiteGenCli.RunAsync(args, Console.Out, Console.Error);
