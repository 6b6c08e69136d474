using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Schools;

/// <summary>A school in the Schools list; TimeZoneId is null when the school uses the configured default.</summary>
public sealed record SchoolSummary(Guid Id, string Name, int ParentCount, int StudentCount, string? TimeZoneId);

/// <summary>Adds, renames and lists the organization's schools.</summary>
public sealed class SchoolService(MarkTrackDbContext db, ILogger<SchoolService> logger)
{
    public Task<List<SchoolSummary>> ListAsync(Guid organizationId, CancellationToken cancellationToken) =>
        db.Schools
            .Where(s => s.OrganizationId == organizationId)
            .OrderBy(s => s.Name)
            .Select(s => new SchoolSummary(
                s.Id,
                s.Name,
                db.SchoolMemberships.Count(m => m.SchoolId == s.Id),
                db.Enrollments.Count(e => e.SchoolId == s.Id),
                s.TimeZoneId))
            .ToListAsync(cancellationToken);

    public async Task<Result<School>> AddAsync(Guid organizationId, string? name, CancellationToken cancellationToken)
    {
        var cleaned = name?.Trim();
        if (Validate(cleaned) is { } invalid)
            return Result<School>.Failure(invalid.Message, invalid.Field);
        if (await IsNameTakenAsync(organizationId, cleaned!, null, cancellationToken))
            return Result<School>.Failure(SchoolMessages.SchoolNameTaken(cleaned!), "Name");

        var school = new School(organizationId, cleaned!);
        db.Schools.Add(school);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Added school {SchoolId}", school.Id);
        return Result<School>.Success(school, SchoolMessages.SchoolAdded(school.Name));
    }

    public async Task<Result> RenameAsync(Guid schoolId, string? name, CancellationToken cancellationToken)
    {
        var cleaned = name?.Trim();
        if (Validate(cleaned) is { } invalid)
            return invalid;

        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == schoolId, cancellationToken);
        if (school is null)
            return Result.Failure(SchoolMessages.SchoolNotFound);
        if (await IsNameTakenAsync(school.OrganizationId, cleaned!, school.Id, cancellationToken))
            return Result.Failure(SchoolMessages.SchoolNameTaken(cleaned!), "Name");

        school.Rename(cleaned!);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Renamed school {SchoolId}", school.Id);
        return Result.Success(SchoolMessages.SchoolRenamed(school.Name));
    }

    /// <summary>Sets the IANA time zone that decides the school's "today"; empty returns to the configured default.</summary>
    public async Task<Result> ChangeTimeZoneAsync(Guid schoolId, string? timeZoneId, CancellationToken cancellationToken)
    {
        var cleaned = string.IsNullOrWhiteSpace(timeZoneId) ? null : timeZoneId.Trim();
        if (cleaned is not null && (cleaned.Length > School.TimeZoneIdMaxLength || SchoolCalendar.FindTimeZone(cleaned) is null))
            return Result.Failure(SchoolMessages.UnknownTimeZone(cleaned), "TimeZoneId");

        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == schoolId, cancellationToken);
        if (school is null)
            return Result.Failure(SchoolMessages.SchoolNotFound);

        school.ChangeTimeZone(cleaned);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Set the time zone of school {SchoolId} to {TimeZoneId}", school.Id, cleaned ?? "the default");
        return Result.Success(SchoolMessages.TimeZoneChanged(school.Name, cleaned));
    }

    private static Result? Validate(string? name)
    {
        if (string.IsNullOrEmpty(name))
            return Result.Failure(SchoolMessages.SchoolNameRequired, "Name");
        if (name.Length > School.NameMaxLength)
            return Result.Failure($"School Name is too long. Shorten it to {School.NameMaxLength} characters or fewer.", "Name");
        if (name.Any(char.IsControl))
            return Result.Failure("School Name contains a line break or control character. Type the name on one line.", "Name");
        return null;
    }

    private Task<bool> IsNameTakenAsync(Guid organizationId, string name, Guid? exceptSchoolId, CancellationToken cancellationToken) =>
        db.Schools.AnyAsync(
            s => s.OrganizationId == organizationId && s.Id != exceptSchoolId && s.Name.ToLower() == name.ToLower(),
            cancellationToken);
}
