# Search service image: the SDK stage builds and publishes, the runtime stage only runs.
# Build: docker build -t qingdao-search .    Run: docker run -p 8080:8080 qingdao-search

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /repo
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig Search.sln ./
COPY src/ src/
COPY corpus/ corpus/
# The host ahead-of-time compiled (ReadyToRun): its first search comes 0.2-0.6 s sooner, not
# spent compiling on the way (docs/benchmarks.md, "Start-up").
RUN dotnet publish src/Search.Host/Search.Host.csproj -c Release --use-current-runtime --self-contained false \
      -p:PublishReadyToRun=true -o /out/host \
 && dotnet publish src/Search.Cli/Search.Cli.csproj -c Release -o /out/cli
# Build the index now, so the container starts serving at once; the host reuses it because the
# corpus it finds at run time has the same content.
RUN dotnet /out/cli/search.dll index --Search:CorpusPath=/repo/corpus --Search:IndexPath=/out/index

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out/host/ ./
COPY --from=build /out/cli/ ./cli/
COPY corpus/ ./corpus/
# The image's non-root "app" user must own the index folder so reindexing can swap files in it.
COPY --from=build --chown=app:app /out/index/ ./index/
USER app
# DOTNET_GCgen0size: a 32 MB first generation, as Properties/launchSettings.json gives `dotnet run`
# (docs/benchmarks.md, "A larger first generation").
ENV ASPNETCORE_URLS=http://+:8080 \
    Search__CorpusPath=/app/corpus \
    Search__IndexPath=/app/index \
    DOTNET_GCgen0size=0x2000000
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["dotnet", "/app/cli/search.dll", "health", "--url", "http://localhost:8080"]
ENTRYPOINT ["dotnet", "/app/Search.Host.dll"]
