using Search.Corpus.Metadata;

namespace Search.Corpus.Tests.Metadata;

public sealed class ReportYearTests
{
    [Theory]
    [InlineData("报告回顾了2023年工作。2024年崂山区政府工作总的要求是：坚持稳中求进。", 2024)]
    [InlineData("2025年,胶州市经济社会发展主要预期目标是：生产总值增长6%。2024年工作回顾。2024年成绩显著。", 2025)]
    [InlineData("2022年是城阳区新一届政府履职的开局之年。2023年是全面贯彻党的二十大精神的关键之年。", 2023)]
    [InlineData("会上所作的政府工作报告中提出，2024年，平度市将坚持稳中求进。", 2024)]
    [InlineData("2023年以来成绩显著。2023年以来持续发力。2022年经济增长。", 2022)]
    [InlineData("2019年项目竣工，2019年产值增长，2018年开工。到2035年基本实现现代化。", 2019)]
    [InlineData("新的一年，胶州市将深入学习贯彻。", null)]
    [InlineData("第1850年", null)]
    [InlineData("１９５４年的成绩。１９５５年是发展国民经济第一个五年计划的关键之年。", 1955)]
    [InlineData("２０２５年,胶州市经济社会发展主要预期目标是：生产总值增长6%。", 2025)]
    [InlineData("一九五五年", 1955)]
    public void Planning_phrases_decide_the_report_year_and_the_most_mentioned_year_is_the_fallback(string text, int? year)
    {
        Assert.Equal(year, ReportYear.Detect(text));
    }
}
