using System.Xml.Linq;
using Search.Analysis;
using Search.Engine.Indexing;
using Search.Tests;

namespace Search.Engine.Tests.Indexing;

/// <summary>What names an index's analysis: an index analysed otherwise is rebuilt, not misread.</summary>
public sealed class AnalyzerSignatureTests
{
    [Fact]
    public void It_names_the_SmartCn_package_the_build_restores_so_an_upgrade_rebuilds_the_index()
    {
        var pinned = XDocument.Load(RepositoryRoot.Combine("Directory.Packages.props")).Descendants("PackageVersion")
            .Single(package => (string?)package.Attribute("Include") == "Lucene.Net.Analysis.SmartCn").Attribute("Version")!.Value;

        Assert.Equal(pinned, AnalyzerSignature.SmartCnVersion);
        Assert.Contains($"smartcn=lucene.net-{pinned};", AnalyzerSignature.Of(WordAnalyzer.Default));
    }

    [Fact]
    public void Analyses_that_differ_have_different_signatures()
    {
        Assert.NotEqual(AnalyzerSignature.Of(WordAnalyzer.For(foldTraditional: true)), AnalyzerSignature.Of(WordAnalyzer.For(foldTraditional: false)));
    }
}
