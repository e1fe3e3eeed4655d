using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>
/// axe-core (the copy embedded in Deque.AxeCore.Playwright, so it runs offline) over the page as the
/// browser shows it: a test fails on any violation, naming each rule and the elements that break it.
/// </summary>
internal static class Accessibility
{
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var violations = result.Violations.Select(Describe).ToList();
        Assert.True(violations.Count == 0, $"axe-core on {page.Url}:\n{string.Join("\n", violations)}");
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} — " +
        string.Join("; ", violation.Nodes.Take(5).Select(node => node.Html)) + (violation.Nodes.Length > 5 ? $" … ({violation.Nodes.Length} in all)" : "");
}
