using System.Text.Json;
using System.Text.Json.Serialization;
using Search.Host.Endpoints;

namespace Search.Host.Api;

/// <summary>
/// The API's responses described to System.Text.Json by code generated at build time (and compiled
/// ahead of time with the host), not by reflection at the first request: that built each type's
/// serializer then, with methods emitted and compiled on the spot — 27 ms of a start's first search.
/// Metadata only: the host's encoder (ASP.NET Core's relaxed one, which writes Chinese as it is)
/// rules out the generated fast path, and the host's options still decide how each value is written,
/// so the bytes are what reflection wrote. A type left out here falls back to reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(ArticleResponse))]
[JsonSerializable(typeof(RelatedResponse))]
[JsonSerializable(typeof(SuggestResponse))]
[JsonSerializable(typeof(FiguresResponse))]
[JsonSerializable(typeof(OutcomesResponse))]
[JsonSerializable(typeof(LevelsResponse))]
[JsonSerializable(typeof(DistrictResponse))]
[JsonSerializable(typeof(NewTermsResponse))]
[JsonSerializable(typeof(TermChangesResponse))]
[JsonSerializable(typeof(DistinctiveTermsResponse))]
[JsonSerializable(typeof(TermTrendResponse))]
[JsonSerializable(typeof(StatusResponse))]
[JsonSerializable(typeof(ReadinessResponse))]
[JsonSerializable(typeof(ReindexResponse))]
[JsonSerializable(typeof(HealthEndpoints.HealthStatus))]
internal sealed partial class ApiJson : JsonSerializerContext;
