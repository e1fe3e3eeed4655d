namespace Search.Tests;

/// <summary>
/// Work reports written for tests, in the shape of real ones (title, salutation, a review part and a
/// plan part): 崂山区's of 2024 sets targets whose results its report of 2025 gives; 青岛市, 山东省 and
/// the State Council set their own targets for 2025.
/// </summary>
internal static class ConstructedReports
{
    /// <summary>All of them, as files of a corpus.</summary>
    public static (string Name, string Text)[] Files =>
        [("laoshan-2024.txt", Laoshan2024), ("laoshan-2025.txt", Laoshan2025), ("qingdao-2025.txt", Qingdao2025), ("shandong-2025.txt", Shandong2025), ("nation-2025.txt", Nation2025)];

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

    public const string Qingdao2025 = """
        2025年青岛市政府工作报告

        各位代表：

        一、2024年工作回顾

        全市生产总值增长5.7%，崂山区生产总值增长6.1%。

        二、2025年目标任务

        主要预期目标是：全市生产总值增长5.5%左右，一般公共预算收入增长3%。
        """;

    public const string Shandong2025 = """
        2025年山东省政府工作报告

        各位代表：

        一、2024年工作回顾

        全省地区生产总值增长5.7%。

        二、2025年目标任务

        主要预期目标是：全省地区生产总值增长5%以上，青岛市要发挥龙头作用。
        """;

    public const string Nation2025 = """
        2025年国务院政府工作报告

        各位代表：

        一、2024年工作回顾

        国内生产总值增长5%。

        二、2025年经济社会发展总体要求和政策取向

        今年发展的主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右。
        """;
}
