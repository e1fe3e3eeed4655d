namespace Search.Host.Hosting;

/// <summary>
/// HEAD wherever GET: a link checker, a monitor or <c>curl -I</c> asks for the headers alone, and
/// minimal APIs map GET only. Kestrel sends no body in answer to HEAD, so the GET handler serves both.
/// </summary>
internal static class HeadRequests
{
    public static TBuilder AnswerHeadLikeGet<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { HttpMethods: ["GET"] } get)
                endpoint.Metadata.Add(new HttpMethodMetadata(["GET", "HEAD"], get.AcceptCorsPreflight));
        });
        return builder;
    }
}
