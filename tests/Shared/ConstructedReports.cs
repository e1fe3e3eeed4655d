namespace Search.Tests;

/// <summary>
/// Work reports written for tests, in the shape of real ones (title, salutation, a review part and a
/// plan part): 崂山区's of 2024 sets targets whose results its report of 2025 gives.
/// </summary>
internal static class ConstructedReports
{
    public const string Laoshan2024 = """
        2024年青岛市崂山区政府工作报告

        各位代表：

        一、2023年工作回顾

        全区生产总值增长7%。

        二、2024年目标任务

        主要预期目标是：全区生产总值增长6.5%左右，一般公共预算收入增长6%，城镇调查失业率5.5%以内，居民人均可支配收入增长与经济增长基本同步。
        """;

    public const string Laoshan2025 = """
        2025年青岛市崂山区政府工作报告

        各位代表：

        一、2024年工作回顾

        全区生产总值增长6.1%，一般公共预算收入增长5%，城镇调查失业率5.2%，居民人均可支配收入增长5.3%。

        二、2025年目标任务

        主要预期目标是：全区生产总值增长6%左右。
        """;
}
