using Search.Host;

var app = SearchHost.Build(WebApplication.CreateBuilder(args));
app.Run();
