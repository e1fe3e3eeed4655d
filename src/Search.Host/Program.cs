using Search.Host;

// Settings are read once, at start: reloading them on change would have the host watch its content
// root (the folder it was started from, often the whole repository) file by file, for nothing.
var app = SearchHost.Build(WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]));
app.Run();
