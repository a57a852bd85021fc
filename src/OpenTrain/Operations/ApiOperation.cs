using OpenTrain.Http;

namespace OpenTrain.Operations;

/// <summary>Turns an API failure into a next step the user can take, or null when it has none.</summary>
internal delegate string? ErrorHint(OpenTrainApiException error);

/// <summary>
/// What one API command does, independent of any terminal: the call, the human summary of its
/// result, the paging footer and the hints for its failures. The CLI runner prints it; the MCP
/// server returns the same summary and body (<see cref="ExecuteAsync"/>).
/// </summary>
internal sealed class ApiOperation<T>(ApiCall<T> call, Action<T, TextWriter> render)
{
    public ApiCall<T> Call { get; } = call;

    /// <summary>Writes the human summary of a successful result.</summary>
    public Action<T, TextWriter> Render { get; } = render;

    /// <summary>For paged lists: the item count, next cursor and the command that fetches the next page.</summary>
    public Func<T, PageFooter>? Paging { get; init; }

    /// <summary>With <c>--all</c>: the same operation for the page at a cursor, and the name of the items array the pages merge.</summary>
    public (Func<string, ApiOperation<T>> AtCursor, string Items)? AllPages { get; init; }

    /// <summary>
    /// With <c>--all</c> in human output: every page as one value, rendered once after the last page
    /// instead of page by page (a transcript whose pages go back in time cannot stream in order).
    /// </summary>
    public Func<IReadOnlyList<T>, T>? CombinePages { get; init; }

    /// <summary>This command's hints, tried in order before the ones every command shares.</summary>
    public IReadOnlyList<ErrorHint> Hints { get; init; } = [];

    /// <summary>
    /// Runs first, on the same connection, and returns the operation to run instead: for a request that depends on what
    /// the server holds (a milestone priced from its contract's rate). Its reads are GETs; the write is still sent once,
    /// by the operation it returns. Usage errors it finds are thrown from here, before any write.
    /// </summary>
    public Func<ApiConnection, CancellationToken, Task<ApiOperation<T>>>? Prepare { get; init; }

    /// <summary>A call made first on the same connection (e.g. asking who we are before revoking a token).</summary>
    public Func<ApiConnection, CancellationToken, Task>? Before { get; init; }

    /// <summary>
    /// With <c>--json</c> in the CLI: a field appended at the end of the body's top-level object (its name
    /// and compact JSON value). Everything the server sent is printed unchanged before it; MCP never adds it.
    /// </summary>
    public Func<T, (string Name, byte[] Value)>? JsonExtra { get; init; }

    /// <summary>
    /// In MCP results only: a field appended at the end of <c>structuredContent</c> (name and compact JSON
    /// value), for what the text says and the body alone does not (e.g. the order of a page's messages).
    /// </summary>
    public Func<T, (string Name, byte[] Value)>? StructuredExtra { get; init; }

    /// <summary>
    /// The body as every output shows it, <c>--json</c> and MCP included, when it is not shown whole: a secret
    /// the API returns once (a new token) masked, or a page's items narrowed to the types asked for; every
    /// other byte as sent. Null: the body as sent.
    /// </summary>
    public Func<byte[], byte[]>? Shown { get; init; }

    /// <summary>
    /// Runs after a success, on the same connection, before anything is printed: keeps the result where the
    /// user asked (a new token's secret) or fetches what the summary adds to it (the candidates' profiles).
    /// </summary>
    public Func<ApiConnection, T, CancellationToken, Task>? After { get; init; }

    /// <summary>A warning shown after success (stderr in the CLI), or null.</summary>
    public Func<string?>? Warning { get; init; }

    public bool RequiresToken => Call.Request.Authenticated;

    public string? HintFor(OpenTrainApiException error)
    {
        foreach (var hint in Hints)
        {
            if (hint(error) is { } text) return text;
        }
        return CommonHints.For(error);
    }

    /// <summary>The summary (render + paging footer); returns the next-page command when there is one.</summary>
    public string? Describe(T value, TextWriter output)
    {
        Render(value, output);
        if (Paging?.Invoke(value) is not { } page) return null;
        if (page.Count == 0) output.WriteLine(page.EmptyMessage);
        if (string.IsNullOrEmpty(page.NextCursor)) return null;
        output.WriteLine();
        output.WriteLine($"Next cursor: {page.NextCursor}");
        return page.NextPage.Option("--cursor", page.NextCursor).ToString();
    }

    /// <summary>Runs <see cref="After"/> and returns the body to show (<see cref="Shown"/>).</summary>
    public async Task<byte[]> AfterAsync(ApiConnection connection, ApiResponse<T> response, CancellationToken cancellationToken)
    {
        if (After is { } after) await after(connection, response.Value, cancellationToken);
        return Shown is { } shown ? shown(response.Body) : response.Body;
    }

    /// <summary>Runs the operation without a terminal: status, body, value and summary text.</summary>
    public async Task<OperationResult<T>> ExecuteAsync(ApiConnection connection, CancellationToken cancellationToken)
    {
        if (Prepare is { } prepare)
        {
            ApiOperation<T> prepared;
            try { prepared = await prepare(connection, cancellationToken); }
            catch (OpenTrainApiException ex) { throw new OperationFailedException(ex, HintFor(ex)); }
            return await prepared.ExecuteAsync(connection, cancellationToken);
        }
        try
        {
            if (Before is { } before) await before(connection, cancellationToken);
            var response = await connection.SendAsync(Call, cancellationToken);
            var body = await AfterAsync(connection, response, cancellationToken);
            using var summary = new StringWriter { NewLine = "\n" };
            var nextPage = Describe(response.Value, summary);
            return new OperationResult<T>(response.Status, body, response.Value, summary.ToString(), nextPage, Warning?.Invoke());
        }
        catch (OpenTrainApiException ex)
        {
            throw new OperationFailedException(ex, HintFor(ex));
        }
    }
}

/// <summary>The end of one page of a list: what to say when it is empty, and how to get the next one.</summary>
internal sealed record PageFooter(int Count, string? NextCursor, ShellCommand NextPage, string EmptyMessage);

/// <summary>A finished operation: what the MCP server returns and the CLI prints.</summary>
internal sealed record OperationResult<T>(int Status, byte[] Body, T Value, string Summary, string? NextPageCommand, string? Warning);

/// <summary>An API failure of an operation, with the hint that goes with it.</summary>
internal sealed class OperationFailedException(OpenTrainApiException error, string? hint) : Exception(error.Message, error)
{
    public OpenTrainApiException Error { get; } = error;
    public string? Hint { get; } = hint;
}
