namespace OpenTrain.Toolkit;

/// <summary>Runs an asynchronous body for each item, at most a given number at a time.</summary>
/// <remarks>
/// What <c>Parallel.ForEachAsync</c> does for a handful of API calls, without the System.Threading.Tasks.Parallel
/// assembly and its generic machinery in the image (docs/performance.md): a few workers take the next item in turn.
/// The first failure ends the whole (the other workers finish the item they hold); cancellation reaches every body.
/// </remarks>
internal static class Concurrently
{
    public static Task ForEachAsync<T>(IReadOnlyList<T> items, int atOnce, Func<T, CancellationToken, Task> body, CancellationToken cancellationToken)
    {
        var next = -1;
        async Task Worker()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await body(items[i], cancellationToken);
            }
        }
        var workers = new Task[Math.Min(atOnce, items.Count)];
        for (var w = 0; w < workers.Length; w++) workers[w] = Worker();
        return Task.WhenAll(workers);
    }
}
