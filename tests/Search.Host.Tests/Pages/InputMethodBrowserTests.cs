using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>
/// Typing Chinese as most users do, through an input method: the box holds pinyin letters while the
/// method composes, and only what it commits is searched. The composition is driven through the
/// DevTools protocol (<c>Input.imeSetComposition</c>, then <c>Input.insertText</c> to commit), the
/// events a real input method makes Chromium fire.
/// </summary>
public sealed class InputMethodBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Nothing_is_searched_while_an_input_method_composes_and_the_committed_words_are()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        var fetched = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/results", StringComparison.Ordinal) || request.Url.Contains("/api/suggest", StringComparison.Ordinal))
                fetched.Add(request.Url);
        };
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await page.Locator("#q").FocusAsync();

        foreach (var letters in new[] { "r", "ren", "ren'g", "ren'gong", "ren'gong'zhi", "ren'gong'zhi'neng" })
        {
            await devTools.SendAsync("Input.imeSetComposition", new Dictionary<string, object>
            {
                ["text"] = letters,
                ["selectionStart"] = letters.Length,
                ["selectionEnd"] = letters.Length,
            });
            await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync(letters);
        }
        // Well past the typing pause after which a search would be made (250 ms) and the suggestions' (150 ms).
        await page.WaitForTimeoutAsync(1_000);
        Assert.Empty(fetched);
        Assert.DoesNotContain("q=", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".empty")).ToHaveCountAsync(0);

        await devTools.SendAsync("Input.insertText", new Dictionary<string, object> { ["text"] = "人工智能" });

        await BrowserFixture.WaitForQueryAsync(page, "q", "人工智能");
        await Assertions.Expect(page.Locator(".hit mark").First).ToHaveTextAsync("人工智能");
        Assert.DoesNotContain(fetched, url => url.Contains("ren", StringComparison.Ordinal));
        await BrowserFixture.ScreenshotAsync(page, "input-method");
    }

    [BrowserFact]
    public async Task Pinyin_with_the_apostrophes_an_input_method_shows_finds_the_words_it_spells()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("#q").FillAsync("ren'gong'zhi'neng");

        await BrowserFixture.WaitForQueryAsync(page, "q", "ren'gong'zhi'neng");
        await Assertions.Expect(page.Locator("#spelled-as")).ToContainTextAsync("人工智能");
        await Assertions.Expect(page.Locator(".hit mark").First).ToHaveTextAsync("人工智能");
    }

    [BrowserFact]
    public async Task Enter_after_initials_searches_the_highlighted_reading_not_the_letters()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.TypeAsync("yshj");
        await Assertions.Expect(page.Locator("#suggestions [aria-selected=true]")).ToHaveAttributeAsync("data-text", "营商环境");
        await page.Keyboard.PressAsync("Enter");

        await BrowserFixture.WaitForQueryAsync(page, "q", "营商环境");
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("营商环境");
        await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();
    }
}
