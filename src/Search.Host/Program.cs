using Search.Analysis;
using Search.Host;

// SmartCn loads its dictionaries on first use, a third of a second: let that run on the second
// core while the host is built, not in the first search.
_ = Task.Run(() => WordAnalyzer.Default.Tokenize("青岛"));
var app = SearchHost.Build(WebApplication.CreateBuilder(args));
app.Run();
