using System.Globalization;
using Search.Corpus.Metadata;
using Search.Engine.Querying;

namespace Search.Host.Pages;

/// <summary>
/// <c>/help</c>: the query language as <see cref="QueryParser"/> reads it, each form with an example
/// that is a link, and what that example finds in the index now.
/// </summary>
internal static class HelpPage
{
    public const string Title = "检索帮助";

    public static string Render(IReadOnlyList<QueryExample> examples)
    {
        var html = new Html();
        Layout.Head(html, $"{Title} · {SearchPage.Brand}");
        Layout.Masthead(html, new PageState("", [], [], 1, null));
        html.Raw("<main class=\"doc help\"><h1>").Text(Title).Raw("</h1>")
            .Raw("<p>在搜索框中输入关键词即可。下面的写法可以让检索更准确；点击例子即可查看结果。</p>")
            .Raw("<table class=\"doc-table examples\"><caption>查询写法</caption><thead><tr><th scope=\"col\">写法</th><th scope=\"col\">含义</th>")
            .Raw("<th scope=\"col\">例子</th><th scope=\"col\">结果</th></tr></thead><tbody>");
        foreach (var example in examples)
        {
            html.Raw("<tr><td><code>").Text(example.Form).Raw("</code></td><td>").Text(example.Meaning).Raw("</td><td><a href=\"").Text(example.Url).Raw("\"><code>")
                .Text(example.Query).Raw("</code></a></td><td class=\"found\">").Text(Found(example.Found)).Raw("</td></tr>");
        }
        html.Raw("</tbody></table>");
        html.Raw("<h2>细则</h2><ul>")
            .Raw("<li>不加引号的词：原文出现，或拆开后的各个词都出现，都算找到；原文出现的排在前面。</li>")
            .Raw("<li>几个词之间空格即“同时包含”，写 <code>AND</code> 也可以。</li>")
            .Raw("<li>关键词出现在更长的词里也能找到（<code>营商</code> 找到“营商环境”），所以不用通配符；词首、词尾的 <code>*</code> 会被忽略。</li>")
            .Raw("<li>引号没有配对时，从引号到末尾都算短语；空引号、单独的 <code>-</code>、开头或末尾的 <code>OR</code> 都被忽略，不会报错。</li>")
            .Raw("<li><code>district:</code> 也可以写成 <code>place:</code>，冒号也可以是全角的“：”。地名不认识或指不止一个地方时，按普通文字查找。</li>")
            .Raw("<li><code>year:</code> 的年份在 ").Text(Year(ReportYear.Earliest)).Raw("–").Text(Year(ReportYear.Latest))
            .Raw(" 之间；范围倒着写也可以（<code>year:2025..2023</code>）；写了几个 <code>year:</code> 时取它们共同的年份（没有共同的年份就没有结果，<code>OR</code> 也不改变这一点：几个年份请写成范围，或在左侧勾选）。</li>")
            .Raw("<li><code>district:</code> 和 <code>year:</code> 前加 <code>-</code> 或 <code>NOT</code> 时排除这些文章：<code>-year:2024</code> 不要 2024 年的，<code>-district:崂山</code> 不要写崂山区的（包括同时写了几个区市的）。</li>")
            .Raw("<li><code>title:</code> 后面也可以跟引号中的短语（<code>title:\"上合新区\"</code>），也可以排除（<code>-title:崂山</code>）。</li>")
            .Raw("<li>拼音只在查询的词全是拉丁字母时才读（没有引号、<code>title:</code>、排除的词或 <code>OR</code>；<code>district:</code>、<code>year:</code> 不影响），结果上方会写明“按拼音也查找”了哪些词。</li>")
            .Raw("<li>查询最多读前 ").Text(QueryParser.MaxLength.ToString(CultureInfo.InvariantCulture)).Raw(" 个字、")
            .Raw(QueryParser.MaxTerms.ToString(CultureInfo.InvariantCulture)).Raw(" 个词。</li>")
            .Raw("<li>没有关键词时列出全部文章，最新的在前。左侧的地区、年份筛选和排序也都写在地址里，复制链接即可分享同一个结果。</li>")
            .Raw("</ul><p>程序调用见 <a href=\"/api\">JSON API</a>，参数 <code>q</code> 使用同样的写法。</p></main>");
        return Layout.End(html);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>What an example finds, in words: a count, or why there is none.</summary>
    public static string Found(int? found) => found switch
    {
        null => "索引建立后可查",
        0 => "当前收录的文章中没有结果",
        _ => $"{found} 篇",
    };
}
