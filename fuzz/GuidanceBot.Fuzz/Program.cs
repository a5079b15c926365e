using GuidanceBot.Fuzz;
using SharpFuzz;

// Usage:
//   GuidanceBot.Fuzz <activity|yaml>                 run under afl-fuzz (scripts/fuzz.sh)
//   GuidanceBot.Fuzz <activity|yaml> --replay <dir>  run every file of a folder once, e.g. AFL's crashes, to debug
if (args.Length == 0 || !FuzzTargets.ByName.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: GuidanceBot.Fuzz <{string.Join('|', FuzzTargets.ByName.Keys)}> [--replay <folder>]");
    return 2;
}

if (args.Length == 3 && args[1] == "--replay")
{
    var failures = 0;
    foreach (var file in Directory.EnumerateFiles(args[2]).Order(StringComparer.Ordinal))
    {
        try
        {
            using var input = File.OpenRead(file);
            target(input);
        }
        catch (Exception exception)
        {
            failures++;
            Console.Error.WriteLine($"{file}: {exception.GetType().Name}: {exception.Message}");
        }
    }

    Console.WriteLine($"{failures} of the inputs failed.");
    return failures == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(target);
return 0;
