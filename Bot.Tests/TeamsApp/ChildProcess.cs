using System.ComponentModel;
using System.Diagnostics;

namespace GuidanceBot.Tests.TeamsApp;

/// <summary>Runs a real program with its own environment and a time limit; the tests use it for the package tool and Node.</summary>
public static class ChildProcess
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(90);

    /// <param name="environment">Variables to set (a <c>null</c> value removes an inherited one).</param>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"Could not start \"{fileName}\": {exception.Message}. Is it installed and on PATH?", exception);
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeLimit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"\"{fileName} {string.Join(' ', start.ArgumentList)}\" did not finish within {TimeLimit.TotalSeconds} s.");
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }
}
