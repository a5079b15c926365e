using System.Text;
using CsCheck;
using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Knowledge.Validation;
using GuidanceBot.Tests.Knowledge;
using GuidanceBot.Tests.Support;

namespace GuidanceBot.Tests.Properties;

/// <summary>
/// Content files are edited by hand by non-developers. However a real file is broken (truncated, bytes flipped,
/// indentation shifted, lines dropped or repeated), the loader answers with validation messages, never an exception.
/// </summary>
[Trait("Category", TestCategories.Unit)]
public sealed class ContentLoaderProperties : IDisposable
{
    private static readonly (string Relative, byte[] Bytes)[] ShippedFiles =
    [
        .. Directory.EnumerateFiles(ShippedContent.Path, "*.yml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(ShippedContent.Path, path).Replace('\\', '/'), File.ReadAllBytes(path))),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("content-props-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>One shipped file and a broken version of it.</summary>
    private static readonly Gen<(string Relative, byte[] Broken)> BrokenFile =
        Gen.OneOf(ShippedFiles).SelectMany(file =>
            Gen.Frequency((1, PropertyGens.Mutated(file.Bytes)), (1, LinesMutated(file.Bytes))).Select(broken => (file.Relative, broken)));

    [Fact]
    public void ABrokenFileGivesMessagesNeverAnException() =>
        BrokenFile.Sample(
            file =>
            {
                var (relative, broken) = file;
                var path = Path.Combine(_folder, $"{Environment.CurrentManagedThreadId}.yml");
                File.WriteAllBytes(path, broken);
                var content = new ContentSet();
                var report = new ValidationReport();

                ContentFileParser.Parse(path, relative, content, report);
                KnowledgeValidator.Validate(content, report);
            },
            time: PropertyGens.Seconds,
            print: file => $"{file.Relative}:\n{Encoding.UTF8.GetString(file.Broken)}");

    /// <summary>The whole loader, with one file of the real content broken: errors are reported, no knowledge base is half built.</summary>
    [Fact]
    public void ContentWithABrokenFileLoadsOrReportsErrors()
    {
        var content = Path.Combine(_folder, "Content");
        foreach (var (relative, bytes) in ShippedFiles)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(content, relative))!);
            File.WriteAllBytes(Path.Combine(content, relative), bytes);
        }

        BrokenFile.Sample(
            file =>
            {
                var (relative, broken) = file;
                var path = Path.Combine(content, relative);
                File.WriteAllBytes(path, broken);
                try
                {
                    var result = KnowledgeLoader.Load(content);
                    Assert.Equal(result.Report.HasErrors, result.KnowledgeBase is null);
                }
                finally
                {
                    File.WriteAllBytes(path, ShippedFiles.First(file => file.Relative == relative).Bytes);
                }
            },
            time: PropertyGens.Seconds,
            threads: 1,
            print: file => $"{file.Relative}:\n{Encoding.UTF8.GetString(file.Broken)}");
    }

    /// <summary>Edits at line level, the way hand edits go wrong: indentation shifted, a line dropped, repeated or moved.</summary>
    private static Gen<byte[]> LinesMutated(byte[] original)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n');
        var edit = Gen.Select(Gen.Int[0, 4], Gen.Int[0, lines.Length - 1], Gen.Int[0, lines.Length - 1], Gen.Int[-4, 4]);
        return edit.Array[1, 5].Select(edits =>
        {
            var result = lines.ToList();
            foreach (var (kind, at, other, shift) in edits)
            {
                var i = Math.Min(at, result.Count - 1);
                var j = Math.Min(other, result.Count - 1);
                if (i < 0)
                {
                    break;
                }

                switch (kind)
                {
                    case 0:
                        var indent = result[i].Length - result[i].TrimStart(' ').Length;
                        result[i] = shift >= 0 ? new string(' ', shift) + result[i] : result[i][Math.Min(-shift, indent)..];
                        break;
                    case 1:
                        result.RemoveAt(i);
                        break;
                    case 2:
                        result.Insert(j, result[i]);
                        break;
                    case 3:
                        (result[i], result[j]) = (result[j], result[i]);
                        break;
                    default:
                        result[i] = result[i].Replace("  ", "\t");
                        break;
                }
            }

            return Encoding.UTF8.GetBytes(string.Join('\n', result));
        });
    }
}
