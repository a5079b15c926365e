namespace GuidanceBot.Tests.Knowledge;

/// <summary>A throwaway copy of the shipped content folder that a test may break, deleted afterwards.</summary>
public sealed class ContentFolder : IDisposable
{
    public ContentFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "guidancebot-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(ShippedContent.Path, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(ShippedContent.Path, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path { get; }

    /// <summary>Writes (or overwrites) a file given by its path inside the content folder.</summary>
    public void Write(string relativePath, string text)
    {
        var target = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text.ReplaceLineEndings("\n"));
    }

    /// <summary>Replaces text in a file of the folder; fails if the text is not there.</summary>
    public void Replace(string relativePath, string oldText, string newText)
    {
        var target = System.IO.Path.Combine(Path, relativePath);
        var text = File.ReadAllText(target);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(target, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher in a test may still hold the folder; the OS temp cleaner gets it later.
        }
    }
}
