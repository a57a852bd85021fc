using System.Globalization;
using OpenTrain.Commands.Updates;
using OpenTrain.Config;
using OpenTrain.Http;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

/// <summary>What <c>webhooks listen</c> was asked to do, checked before any request.</summary>
internal sealed record ListenOptions(Uri Target, SigningSecret Signing, IReadOnlySet<string>? Events, string? Cursor, string? CursorFile,
    TimeSpan Interval, decimal RetryScale);

internal static class WebhooksListenCommand
{
    internal static ListenOptions Options(ConsoleAppContext app, CommandContext context, string? forwardTo, string? secret, string? webhookId, string? cursor,
        string? cursorFile, string? interval, string? retryScale, bool insecureForward)
    {
        var names = ArgumentNames.Flags;
        var target = WebhookForwarding.Target(forwardTo, insecureForward, names);
        var events = WebhookEvents.Filter(RepeatedOption.Collect(app, "--events"), "--events");
        var pause = WaitOptions.Seconds(interval, 5, "--interval");
        var scale = NumberArgument.InRange(NumberArgument.Parse(retryScale, "--retry-scale") ?? 1m, 0m, 1m, "--retry-scale");
        var start = UpdatesPollCommand.Validate(cursor, null, names).Cursor;
        if (cursorFile is not null && string.IsNullOrWhiteSpace(cursorFile)) throw new UsageException("--cursor-file needs a path");
        if (cursorFile?.Trim() == "-") throw new UsageException("--cursor-file needs a file path ('-' is not standard input here: the cursor is saved back to the file)");
        // Usage first, then what reads files: the token (no request without one) and a saved secret.
        ApiSettings.RequireToken(context.GetEnv, context.Saved);
        return new ListenOptions(target, WebhookForwarding.Secret(secret, webhookId, session: true, context, names), events, start, cursorFile, pause, scale);
    }

    public static async Task RunAsync(CommandContext context, ListenOptions options, CancellationToken cancellationToken)
    {
        using var listener = new WebhookListener(context, options);
        await listener.RunAsync(cancellationToken);
    }
}

/// <summary>
/// <c>webhooks listen</c>: follows <c>/updates</c> on <see cref="FeedFollow"/> and delivers each record to
/// <see cref="ListenOptions.Target"/> as the API would. A first attempt is made in feed order; a failed one is
/// retried on the documented schedule in the background, so it never holds up later events. The cursor (file)
/// moves past an event once it and every event before it were delivered, given up on or filtered out; on
/// Ctrl-C, events waiting for a retry count as given up (attempted, and nobody will retry them), while an event
/// never attempted (or whose first attempt was cut short) stays after the saved cursor and is sent by the next run.
/// </summary>
internal sealed class WebhookListener : IDisposable
{
    private readonly CommandContext context;
    private readonly ListenOptions options;
    private readonly BaseUrl origin;
    private readonly CursorFile? file;
    private readonly WebhookForwarder forwarder;
    private readonly WebhookDeliveryLog log;
    private readonly object gate = new();
    private readonly LinkedList<Pending> unsettled = new();
    private readonly List<Task> retries = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly CancellationTokenSource failed = new();
    private Exception? failure;
    private string? saved;
    private bool skipping;

    public WebhookListener(CommandContext context, ListenOptions options)
    {
        this.context = context;
        this.options = options;
        origin = context.BaseUrl;
        file = options.CursorFile is { } path ? new CursorFile(path) : null;
        forwarder = new WebhookForwarder(options.Target, options.Signing.Secret, context.Time);
        log = new WebhookDeliveryLog(context, options.Target);
    }

    /// <summary>One record of the feed, from its arrival until it is settled.</summary>
    private sealed class Pending(WebhookDelivery delivery)
    {
        public WebhookDelivery Delivery { get; } = delivery;

        /// <summary>Attempts that finished (an attempt cut short by Ctrl-C does not count).</summary>
        public int Attempts { get; set; }

        /// <summary>Delivered, given up on, or not to be delivered (filtered out, or before the start).</summary>
        public bool Settled { get; set; }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var resumed = file?.Read();
        var start = resumed ?? options.Cursor;
        skipping = start is null;
        // The file holds a cursor from the start: a run stopped before its first delivery resumes where it began.
        if (file is not null && resumed is null && start is not null) file.Save(start);
        saved = start;
        log.Note($"Forwarding events to {options.Target.OriginalString} as signed webhook deliveries (Ctrl-C to stop).");
        log.Note(options.Signing.Announcement);
        if (options.Events is { } events) log.Note($"Only {string.Join(", ", WebhookEvents.All.Where(events.Contains))} (--events).");
        if (start is not null) log.Note(resumed is not null ? $"Resuming after event {start} (saved in {options.CursorFile})." : $"Starting after event {start}.");

        var feed = new FollowedFeed<UpdatesPage>(position => UpdatesRequests.Poll(position, null), "events", _ => [],
            page => page.NextCursor, page => page.HasMore == true, "Waiting for new events", "--cursor") { Consume = ConsumeAsync };
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, failed.Token);
        try
        {
            await FeedFollow.RunAsync(context, feed, start, options.Interval, saved: null, FeedStop.None, run.Token);
        }
        catch (OperationCanceledException) when (failure is not null && !cancellationToken.IsCancellationRequested)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        finally
        {
            await StopAsync(interrupted: cancellationToken.IsCancellationRequested);
        }
    }

    private async Task ConsumeAsync(ApiResponse<UpdatesPage> response, CancellationToken cancellationToken)
    {
        // The whole page is tracked first: what Ctrl-C leaves unsent stays after the saved cursor.
        var page = WebhookDelivery.FromFeed(response.Body, origin).Select(d => new Pending(d)).ToList();
        lock (gate) foreach (var pending in page) unsettled.AddLast(pending);
        foreach (var pending in page)
        {
            var delivery = pending.Delivery;
            if (skipping || options.Events?.Contains(delivery.EventType) == false)
            {
                Settle(pending);
                continue;
            }
            if (Attempted(pending, 1, await forwarder.SendAsync(delivery, cancellationToken)) is { } wait)
                lock (gate) retries.Add(Task.Run(() => RetryAsync(pending, 2, wait), CancellationToken.None));
        }
        if (skipping && response.Value.HasMore != true)
        {
            skipping = false;
            var end = response.Value.NextCursor;
            // An empty feed: a restart must not skip what arrives meanwhile, so the file says "from the first event".
            if (end is null && file is not null) lock (gate) Save("0");
            log.Note(end is null
                ? "The feed has no events yet: every event from the first one is forwarded."
                : $"Starting after event {end}, the end of the feed: only new events are forwarded (--cursor 0 replays the history).");
        }
    }

    /// <summary>Reports an attempt; returns the wait before the next one, or null when the delivery is settled.</summary>
    private TimeSpan? Attempted(Pending pending, int attempt, DeliveryAttempt result)
    {
        lock (gate) pending.Attempts = attempt;
        TimeSpan? retryIn = result.Succeeded || attempt >= WebhookForwarder.MaxAttempts
            ? null
            : WebhookForwarder.RetryDelays[attempt - 1] * (double)options.RetryScale;
        log.Attempt(pending.Delivery, attempt, result, retryIn);
        if (retryIn is null) Settle(pending);
        return retryIn;
    }

    private async Task RetryAsync(Pending pending, int attempt, TimeSpan wait)
    {
        try
        {
            for (TimeSpan? next = wait; next is { } delay; attempt++)
            {
                await Task.Delay(delay, context.Time, stopping.Token);
                next = Attempted(pending, attempt, await forwarder.SendAsync(pending.Delivery, stopping.Token));
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopped: StopAsync reports the delivery as given up.
        }
        catch (Exception ex)
        {
            lock (gate) failure ??= ex;
            await failed.CancelAsync();
        }
    }

    /// <summary>Marks the delivery settled and moves the cursor past every settled event at the front.</summary>
    private void Settle(Pending pending)
    {
        lock (gate)
        {
            pending.Settled = true;
            string? last = null;
            while (unsettled.First is { Value.Settled: true } first)
            {
                last = first.Value.Delivery.EventId;
                unsettled.RemoveFirst();
            }
            if (last is not null) Save(last);
        }
    }

    private void Save(string cursor)
    {
        if (cursor == saved) return;
        file?.Save(cursor);
        saved = cursor;
    }

    private async Task StopAsync(bool interrupted)
    {
        await stopping.CancelAsync();
        Task[] running;
        lock (gate) running = [.. retries];
        await Task.WhenAll(running);
        lock (gate)
        {
            // Attempted events waiting for a retry are given up: nobody retries them once this process ends.
            var abandoned = unsettled.TakeWhile(p => p.Settled || p.Attempts > 0).Where(p => !p.Settled).ToList();
            var last = unsettled.TakeWhile(p => p.Settled || p.Attempts > 0).LastOrDefault()?.Delivery.EventId;
            var notSent = unsettled.Count(p => !p.Settled && p.Attempts == 0);
            // The reader of stdout went away: end quietly, as every --follow does (the cursor is still saved).
            var quiet = context.Terminal.OutputGone.IsCancellationRequested;
            foreach (var p in abandoned.Where(_ => !quiet))
                log.Note($"Gave up on {p.Delivery.EventType} event {p.Delivery.EventId} ({p.Delivery.DeliveryId}) after {p.Attempts} of {WebhookForwarder.MaxAttempts} attempts: stopped before its next retry.");
            try
            {
                if (last is not null) Save(last);
            }
            catch (CliException ex)
            {
                log.Note($"Warning: {ex.Message}");
            }
            if (!interrupted || quiet) return;
            var resume = saved is null ? "no event was delivered or given up on"
                : file is not null ? $"cursor {saved} saved in {options.CursorFile}: the same command resumes after it"
                : $"resume after it with --cursor {saved}";
            var waiting = notSent > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {notSent} fetched event{(notSent == 1 ? " was" : "s were")} not sent yet and come{(notSent == 1 ? "s" : "")} again next time") : "";
            log.Note($"Stopped{(saved is null ? "" : $" after event {saved}")}: {resume}{waiting}.");
        }
    }

    public void Dispose()
    {
        forwarder.Dispose();
        stopping.Dispose();
        failed.Dispose();
    }
}
