namespace MarkTrack.PortalBenchmarks;

/// <summary>
/// Hand-written SQL that reads what the child page's eight EF Core queries read. They are the
/// access check with the school names, the classes, the scores, the attendance counts per month
/// and status, the latest 30 attendance records, the new-lesson ranges, the latest 10 lessons
/// and today's acknowledgment.
/// </summary>
internal static class BareQueries
{
    public static readonly string[] All =
    [
        """
        SELECT s."Id", a."FullName", sc."Name", sc."TimeZoneId"
        FROM "Students" s
        JOIN "AspNetUsers" a ON a."Id" = s."AccountId"
        LEFT JOIN "Parents" p1 ON p1."Id" = s."Parent1Id"
        LEFT JOIN "AspNetUsers" a1 ON a1."Id" = p1."AccountId"
        LEFT JOIN "Parents" p2 ON p2."Id" = s."Parent2Id"
        LEFT JOIN "AspNetUsers" a2 ON a2."Id" = p2."AccountId"
        LEFT JOIN "Enrollments" e ON e."StudentId" = s."Id"
        LEFT JOIN "Schools" sc ON sc."Id" = e."SchoolId"
        WHERE s."Id" = $student AND a."ArchivedAt" IS NULL
          AND ((s."Kind" = 'Child' AND ((p1."AccountId" = $account AND a1."ArchivedAt" IS NULL)
                                     OR (p2."AccountId" = $account AND a2."ArchivedAt" IS NULL)))
            OR (s."Kind" = 'Independent' AND s."AccountId" = $account AND a."LoginEnabled"))
        ORDER BY sc."Name"
        """,
        """
        SELECT c."Id", c."Name", c."TeacherName", c."Credits", c."IsHifz", sc."Name", sc."TimeZoneId"
        FROM "ClassEnrollments" e
        JOIN "Classes" c ON c."Id" = e."ClassId"
        JOIN "Schools" sc ON sc."Id" = c."SchoolId"
        WHERE e."StudentId" = $student
        ORDER BY c."Name"
        """,
        """
        SELECT a."ClassId", s."Points", a."MaxPoints", a."Weight"
        FROM "Scores" s JOIN "Assessments" a ON a."Id" = s."AssessmentId"
        WHERE s."StudentId" = $student
        """,
        """
        SELECT CAST(strftime('%Y', "Date") AS INTEGER), CAST(strftime('%m', "Date") AS INTEGER), "Status", COUNT(*)
        FROM "AttendanceRecords" WHERE "StudentId" = $student
        GROUP BY 1, 2, 3
        """,
        """
        SELECT r."Date", c."Name", r."Status"
        FROM "AttendanceRecords" r JOIN "Classes" c ON c."Id" = r."ClassId"
        WHERE r."StudentId" = $student
        ORDER BY r."Date" DESC, c."Name" LIMIT 30
        """,
        """
        SELECT "FromSurah", "FromAyah", "ToSurah", "ToAyah"
        FROM "HifzLessons" WHERE "StudentId" = $student AND "Kind" = 'NewLesson'
        ORDER BY "Date", "RecordedAt"
        """,
        """
        SELECT h."Id", h."ClassId", h."Date", h."FromAyah", h."FromSurah", h."Kind", h."Note", h."Quality",
               h."RecordedAt", h."StudentId", h."ToAyah", h."ToSurah", c."Name"
        FROM "HifzLessons" h JOIN "Classes" c ON c."Id" = h."ClassId"
        WHERE h."StudentId" = $student
        ORDER BY h."Date" DESC, h."Kind" LIMIT 10
        """,
        """
        SELECT "AcknowledgedByName", "AcknowledgedAt"
        FROM "HifzAcknowledgments" WHERE "StudentId" = $student AND "Date" = $today
        LIMIT 1
        """,
    ];
}
