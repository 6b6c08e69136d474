using System.Globalization;

namespace MarkTrack.Domain.Teaching;

/// <summary>The exact texts of the class, grade, attendance and Hifz pages.</summary>
public static class TeachingMessages
{
    public const string ClassNotFound = "This class was not found. It may have been deleted; reload the page.";
    public const string AssessmentNotFound = "This assessment was not found. It may have been deleted; reload the page.";
    public const string LessonNotFound = "This Hifz lesson was not found. It may have been deleted; reload the page.";
    public const string SchoolNotFound = "This school was not found. Reload the page and try again.";

    public const string NameRequired = "Class Name is required. Type the class's name, such as Mathematics 5.";
    public const string TeacherRequired = "Teacher is required. Type the teacher's full name.";
    public const string TermRequired = "Term is required. Type the term, such as 2026-27 or Autumn 2026.";
    public const string CreditsRequired = "Credits is required. Type a number from 0 to 20, such as 1 or 0.5.";

    public static readonly string CreditsOutOfRange =
        $"Credits must be between 0 and {SchoolClass.MaxCredits}. Type 0 for a class that does not count towards the GPA.";

    public const string StaysHifz = "This class has Hifz lessons recorded, so it stays a Hifz class.";

    public const string TitleRequired = "Title is required. Type the assessment's name, such as Unit 3 test.";
    public const string DateRequired = "Date is required. Pick the day of the assessment.";
    public const string MaxPointsRequired = "Maximum Points is required. Type the points a perfect score earns, such as 20.";
    public const string WeightRequired = "Weight is required. Type 1 for a normal assessment, more for one that counts more.";

    public static readonly string MaxPointsOutOfRange =
        $"Maximum Points must be more than 0 and at most {Assessment.MaxMaximumPoints:0}.";

    public static readonly string WeightOutOfRange =
        $"Weight must be more than 0 and at most {Assessment.MaxWeight:0}.";

    public const string DateInFuture = "Date is in the future. Pick today or an earlier day.";
    public const string NotAHifzClass = "Hifz lessons can only be recorded in a Hifz class. Mark the class as a Hifz class first.";
    public const string StudentNotInClass = "This student is not enrolled in the class. Enrol the student first, then try again.";
    public const string NoStudentsPicked = "No student was picked. Tick at least one student to enrol.";
    public const string SavedByOthers = "Someone else saved this at the same time. Reload the page and save again.";

    public static readonly string QualityOutOfRange =
        $"Quality must be from 1 to 5 stars. Pick a rating.";

    public static readonly string NoteTooLong =
        $"Note is too long. Shorten it to 1000 characters or fewer.";

    public static string TooLong(string field, int max) =>
        $"{field} is too long. Shorten it to {max} characters or fewer.";

    public static string LineBreak(string field) =>
        $"{field} contains a line break or control character. Type it on one line.";

    public static string ClassNameTaken(string name, string term) =>
        $"A class called {name} already exists in {term}. Choose another Class Name or Term.";

    public static string ClassAdded(string name) => $"{name} has been added.";

    public static string ClassSaved(string name) => $"{name} has been saved.";

    public static string StudentsEnrolled(int count, string className) =>
        count == 1 ? $"1 student enrolled in {className}." : $"{count} students enrolled in {className}.";

    public static string StudentRemoved(string student, string className) =>
        $"{student} has been removed from {className}. Their grades and attendance are kept.";

    public static string NotInSchool(string student) =>
        $"{student} is not enrolled in this class's school. Enroll them in the school first.";

    public static string AssessmentAdded(string title) => $"{title} has been added.";

    public static string AssessmentSaved(string title) => $"{title} has been saved.";

    public static string AssessmentDeleted(string title) => $"{title} and its scores have been deleted.";

    public static string ScoresAboveMaximum(int count, decimal maxPoints) =>
        $"{count} saved score(s) are above {Number(maxPoints)}. Lower those scores first, or keep Maximum Points higher.";

    public static string ScoreOutOfRange(string student, decimal points, decimal maxPoints) =>
        $"{student}: {Number(points)} is not a valid score. Type a score from 0 to {Number(maxPoints)}, or leave it empty.";

    public static string ScoresSaved(string title, int scored, int missing) =>
        $"Scores saved for {title}: {scored} scored, {missing} without a score.";

    public static string AttendanceSaved(string className, DateOnly date, IReadOnlyDictionary<AttendanceStatus, int> counts) =>
        $"Attendance saved for {className} on {Day(date)}: "
        + $"{counts.GetValueOrDefault(AttendanceStatus.Present)} present, {counts.GetValueOrDefault(AttendanceStatus.Late)} late, "
        + $"{counts.GetValueOrDefault(AttendanceStatus.Absent)} absent, {counts.GetValueOrDefault(AttendanceStatus.Excused)} excused.";

    public static string AyahInvalid(string end, int surah, int ayah, int ayahCount) =>
        $"{end}: surah {surah} has ayahs 1 to {ayahCount}, so ayah {ayah} does not exist. Pick an ayah in that range.";

    public const string SurahInvalid = "Pick a surah from 1 to 114.";

    public const string RangeBackwards =
        "The lesson ends before it starts. Pick a To ayah at or after the From ayah, in mushaf order.";

    public static string LessonRecorded(string student, string kind, DateOnly date) =>
        $"{kind} recorded for {student} on {Day(date)}.";

    public static string LessonDeleted(string student, DateOnly date) =>
        $"The lesson of {student} on {Day(date)} has been deleted.";

    public static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
