using GuidanceBot.Bot.Logging;
using GuidanceBot.Knowledge;
using GuidanceBot.Knowledge.Loading;
using GuidanceBot.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace GuidanceBot.Bot.Hosting;

/// <summary>
/// Watches the content folder and reloads after changes settle. A valid result replaces the snapshot in service
/// atomically; an invalid one is logged line by line and discarded, so the last good content keeps serving.
/// </summary>
public sealed class KnowledgeContentWatcher(
    KnowledgeBaseProvider provider,
    IOptions<KnowledgeHostingOptions> options,
    ILogger<KnowledgeContentWatcher> logger) : IHostedService, IDisposable
{
    private readonly Lock _gate = new();

    // One reload at a time, so a slow load can never replace the result of a later one.
    private readonly Lock _reloading = new();
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.ReloadOnChange)
        {
            return Task.CompletedTask;
        }

        var path = settings.ResolveContentPath();
        _debounce = new Timer(_ => Reload(path), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(path)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.EnableRaisingEvents = true;
        KnowledgeLog.Watching(logger, path);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _watcher?.Dispose();
            _watcher = null;
            _debounce?.Dispose();
            _debounce = null;
        }
    }

    private void OnChange(object sender, FileSystemEventArgs change)
    {
        lock (_gate)
        {
            _debounce?.Change(options.Value.ReloadDelayMilliseconds, Timeout.Infinite);
        }
    }

    private void Reload(string path)
    {
        lock (_reloading)
        {
            ReloadNow(path);
        }
    }

    private void ReloadNow(string path)
    {
        try
        {
            var previous = provider.Current;
            var result = KnowledgeLoader.Load(path);
            if (!result.Succeeded)
            {
                KnowledgeLog.ContentRejected(logger, result.Report.Errors.Count(), previous.Version);
                foreach (var error in result.Report.Errors)
                {
                    KnowledgeLog.ContentProblem(logger, error.ToString());
                }

                return;
            }

            foreach (var warning in result.Report.Warnings)
            {
                KnowledgeLog.ContentWarning(logger, warning.ToString());
            }

            if (result.KnowledgeBase!.Version != previous.Version)
            {
                _ = result.KnowledgeBase.Search; // build the new index before it serves anyone
                provider.Replace(result.KnowledgeBase);
                KnowledgeLog.ContentReloaded(logger, result.KnowledgeBase.Version, previous.Version, result.KnowledgeBase.Items.Count);
            }
        }
        catch (Exception exception)
        {
            // A file being written or removed mid-read: keep serving, the next change event retries.
            KnowledgeLog.ReloadFailed(logger, exception);
        }
    }
}
