using ConsoleAppFramework;

// A command that builds an HttpClient so the HTTP stack is linked in, as in opentrain.
var app = ConsoleApp.Create();
app.Add("get", async (string url, CancellationToken cancellationToken) =>
{
    using var client = new HttpClient();
    Console.WriteLine(await client.GetStringAsync(url, cancellationToken));
});
app.Run(args);
