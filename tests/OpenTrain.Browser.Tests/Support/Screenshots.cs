using Microsoft.Playwright;

namespace OpenTrain.Browser.Tests.Support;

/// <summary>Saves page pictures into <c>docs/images/</c> of the repository (shown by docs/sandbox.md).</summary>
public static class Screenshots
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "opentrain.sln"))) dir = dir.Parent;
        var root = dir?.FullName ?? throw new InvalidOperationException("opentrain.sln not found above " + AppContext.BaseDirectory);
        return Directory.CreateDirectory(Path.Combine(root, "docs", "images")).FullName;
    });

    /// <summary>
    /// Writes <c>docs/images/sandbox-&lt;name&gt;.png</c> (the whole page) and returns its path. The sandbox's origin (its port
    /// changes every run) is painted over, so with the tests' stopped clock a picture only changes when the page does.
    /// </summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder.Value, $"sandbox-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = path, FullPage = true, Type = ScreenshotType.Png, Mask = [page.Locator("[data-origin]")], MaskColor = "#c9ced6",
        });
        return path;
    }
}
