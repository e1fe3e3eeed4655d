using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>
/// A test that needs Debian's Chromium. On a developer machine without it the test reports itself
/// skipped with the reason; under CI (CI=true) it runs and fails instead, so CI cannot skip it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute() => Skip = SkipReason;

    /// <summary>Why browser tests cannot run here, or null when they can (or must: under CI).</summary>
    public static string? SkipReason =>
        !File.Exists(Chromium) && Environment.GetEnvironmentVariable("CI") != "true"
            ? $"{Chromium} is not installed (apt-get install -y chromium); the browser tests need it"
            : null;
}

/// <summary>A browser test over several cases; skipped exactly when a <see cref="BrowserFactAttribute"/> test is.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserFactAttribute.SkipReason;
}

/// <summary>Real Chromium against a real host on loopback, shared by a test class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string[] _hostArguments;
    private IPlaywright? _playwright;

    public BrowserFixture()
        : this([])
    {
    }

    /// <summary>For tests that need a host of their own (xunit gives a class fixture one public constructor).</summary>
    internal BrowserFixture(params string[] hostArguments) => _hostArguments = hostArguments;

    public RunningHost Host { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Host = await RunningHost.StartAsync(_hostArguments);
        await Host.WaitForIndexAsync(TimeSpan.FromSeconds(60));
        if (!File.Exists(BrowserFactAttribute.Chromium))
            return; // the tests report themselves skipped, or fail under CI
        _playwright = await Playwright.CreateAsync();
        // Assertions retry until this passes; CI builds and tests other projects on the same two
        // cores, so Playwright's 5 s default is a speed limit there, not a correctness one.
        Assertions.SetDefaultExpectTimeout(15_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            // Playwright's own browser download cannot work here; these flags keep Chromium off the network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh profile (context) and page pointed at the host.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = Host.Client.BaseAddress!.ToString();
        options.Locale = "zh-CN";
        var context = await Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Waits until the page's own URL has <paramref name="name"/> = <paramref name="value"/> (null: absent).
    /// The page moves through history.pushState, and a client-side wait for a navigation event can miss
    /// one that lands while it is being set up; polling location inside the page cannot.
    /// </summary>
    public static Task WaitForQueryAsync(IPage page, string name, string? value) =>
        page.WaitForFunctionAsync(
            "([name, value]) => new URLSearchParams(location.search).get(name) === value",
            new object?[] { name, value });

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }

    /// <summary>A screenshot of one part of a page (an article's asides: the whole page would be mostly its body).</summary>
    public static async Task ScreenshotAsync(ILocator part, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png") });
    }

    private string? _ownCorpus;

    /// <summary>
    /// A fixture whose host serves a corpus of the test's own, written by <paramref name="write"/>
    /// into a temporary folder that is deleted with the fixture.
    /// </summary>
    internal static async Task<BrowserFixture> OverCorpusAsync(Func<string, Task> write)
    {
        var corpus = Directory.CreateTempSubdirectory("browser-corpus-").FullName;
        await write(corpus);
        var fixture = new BrowserFixture($"--Search:CorpusPath={corpus}") { _ownCorpus = corpus };
        await fixture.InitializeAsync();
        return fixture;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Host.DisposeAsync();
        if (_ownCorpus is not null)
            Directory.Delete(_ownCorpus, recursive: true);
    }
}
