namespace MarkTrack.Domain.Hifz;

public enum HifzLessonKind
{
    /// <summary>New ayahs to memorize (sabaq); only these count towards progress.</summary>
    NewLesson,

    /// <summary>Revision of the last few lessons (sabqi).</summary>
    RecentRevision,

    /// <summary>Revision of what was memorized long ago (manzil).</summary>
    OldRevision,
}

public static class HifzLessonKinds
{
    public static string Label(HifzLessonKind kind) => kind switch
    {
        HifzLessonKind.NewLesson => "New lesson",
        HifzLessonKind.RecentRevision => "Recent revision",
        HifzLessonKind.OldRevision => "Old revision",
        _ => kind.ToString(),
    };
}
