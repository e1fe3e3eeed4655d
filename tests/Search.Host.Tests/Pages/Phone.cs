using Microsoft.Playwright;

namespace Search.Host.Tests.Pages;

/// <summary>A phone's screen: 375×812 CSS pixels, touch, a mobile viewport.</summary>
internal static class Phone
{
    public const int Width = 375;
    public const int Height = 812;

    public static BrowserNewContextOptions Context => new() { ViewportSize = new ViewportSize { Width = Width, Height = Height }, IsMobile = true, HasTouch = true };

    /// <summary>How far the page reaches past the screen's right edge (0 or less: it fits).</summary>
    public static Task<int> OverflowAsync(IPage page) => page.EvaluateAsync<int>($"() => document.scrollingElement.scrollWidth - {Width}");
}
