using System.Diagnostics;
using GuidanceBot.Knowledge.Loading;

namespace GuidanceBot.Bot.Hosting;

/// <summary>
/// Reads the content folder on another thread while the host is being built: parsing and validating the YAML is
/// the longest step of start-up and needs nothing from the host. It reads the folder the default settings name
/// (configuration is not built yet); if configuration names another folder, <see cref="Take"/> reads that one
/// instead, so the content in service is always the configured one.
/// </summary>
public sealed class KnowledgeContentPreload
{
    private readonly string _path;
    private readonly Task<ContentRead> _reading;

    private KnowledgeContentPreload(string path)
    {
        _path = Path.GetFullPath(path);
        _reading = Task.Run(() => Read(_path));
    }

    /// <summary>Starts reading the folder <see cref="KnowledgeHostingOptions.ContentPath"/> names by default.</summary>
    public static KnowledgeContentPreload StartDefault() => new(new KnowledgeHostingOptions().ResolveContentPath());

    /// <summary>The content of <paramref name="path"/>: the preloaded read when it is the same folder, else a fresh one.</summary>
    public ContentRead Take(string path) =>
        string.Equals(Path.GetFullPath(path), _path, StringComparison.Ordinal) ? _reading.GetAwaiter().GetResult() : Read(path);

    public static ContentRead Read(string path)
    {
        var clock = Stopwatch.StartNew();
        var result = KnowledgeLoader.Load(path);
        return new ContentRead(result, clock.Elapsed);
    }
}

/// <summary>A load result and how long reading the folder took.</summary>
public readonly record struct ContentRead(KnowledgeLoadResult Result, TimeSpan Took);
