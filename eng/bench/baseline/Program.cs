using ConsoleAppFramework;

// The start-up floor of ./build.sh bench: ConsoleAppFramework + HttpClient. `get` makes the same request as
// `opentrain jobs list --json` (bearer token, Accept: application/json) and copies the body to stdout, so the
// HTTP stack is linked in and its round trip can be timed.
var app = ConsoleApp.Create();
app.Add("get", async (string url, string? token = null, CancellationToken cancellationToken = default) =>
{
    using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
    await Floor.GetAsync(client, url, token, cancellationToken);
});
app.Run(args);
