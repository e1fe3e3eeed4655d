namespace Search.Index;

/// <summary>
/// A value worked out from a view of the index once, on first use, and kept with the view, so it
/// goes when the view goes (an update opens a new view): the view's copies and places, the engine's
/// suggester. What a segment gives for as long as its core lives (<see cref="SegmentFacts"/>, the
/// figures' doc values) is kept per segment core instead, so a new view rereads only new segments.
/// </summary>
public sealed class PerView<T>(Func<ArticleIndex, T> make) where T : class
{
    public T Of(ArticleIndex view) => (T)view.Kept(this, () => make(view));
}
