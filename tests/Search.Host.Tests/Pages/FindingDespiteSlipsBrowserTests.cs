using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>A slip of the input method is answered with the word meant, one click away; another name of a place finds its articles.</summary>
public sealed class FindingDespiteSlipsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Typing_a_homophone_slip_offers_the_word_meant_and_a_click_searches_it()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("#q").FillAsync("营商环竟");
        await BrowserFixture.WaitForQueryAsync(page, "q", "营商环竟");
        var proposal = page.Locator("#did-you-mean a");
        await Assertions.Expect(proposal).ToHaveTextAsync("营商环境");
        await BrowserFixture.ScreenshotAsync(page, "did-you-mean");

        await proposal.ClickAsync();

        await BrowserFixture.WaitForQueryAsync(page, "q", "营商环境");
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("营商环境");
        await Assertions.Expect(page.Locator(".hit mark").First).ToHaveTextAsync("营商环境");
        await Assertions.Expect(page.Locator("#did-you-mean")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task A_place_typed_by_its_official_name_finds_the_articles_that_use_its_other_name()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/?q={Uri.EscapeDataString("黄岛区")}");

        await Assertions.Expect(page.Locator("#synonyms")).ToContainTextAsync("西海岸新区");
        await Assertions.Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".hit mark").First).ToHaveTextAsync("西海岸新区");
    }
}
