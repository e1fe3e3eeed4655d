using Search.Engine.Indexing;
using Search.Host;

// SmartCn's dictionaries load on a worker while the host is built: the first search needs them.
IndexManager.StartWarmingAnalysis();

// Settings are read once, at start: reloading them on change would have the host watch its content
// root (the folder it was started from, often the whole repository) file by file, for nothing.
var app = SearchHost.Build(WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]));
app.Run();
