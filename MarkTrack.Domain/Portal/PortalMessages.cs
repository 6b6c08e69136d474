namespace MarkTrack.Domain.Portal;

/// <summary>The exact texts of the parent portal.</summary>
public static class PortalMessages
{
    public static string Acknowledged(string child) => $"Today's Hifz lessons of {child} are acknowledged. Thank you.";

    public static string AlreadyAcknowledged(string child, string by, DateTime at) =>
        $"Today's Hifz lessons of {child} were already acknowledged by {by} at {at:HH:mm}.";

    public static string NoLessonToday(string child) =>
        $"There is no Hifz lesson for {child} today yet, so there is nothing to acknowledge. Try again after the teacher records it.";
}
