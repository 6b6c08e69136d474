using MarkTrack.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Data;

/// <summary>The invariants the database enforces on its own, whatever code writes to it.</summary>
public sealed class DatabaseConstraintTests : IAsyncLifetime
{
    private DomainTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await DomainTestHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task NormalizedEmailIsUnique()
    {
        await InsertAccountAsync("a1", "Parent", "SAME@EXAMPLE.ORG");

        var failure = await Assert.ThrowsAsync<SqliteException>(() => InsertAccountAsync("a2", "Student", "SAME@EXAMPLE.ORG"));

        Assert.Contains("UNIQUE", failure.Message);
    }

    [Fact]
    public async Task AccountsWithoutEmailDoNotCollide()
    {
        await InsertAccountAsync("a1", "Student", null);
        await InsertAccountAsync("a2", "Student", null);

        Assert.Equal(2, await _host.QueryAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == null)));
    }

    [Fact]
    public async Task BlankFullNameIsRejected()
    {
        var failure = await Assert.ThrowsAsync<SqliteException>(() => InsertAccountAsync("a1", "Parent", "X@EXAMPLE.ORG", fullName: "   "));

        Assert.Contains("CK_Account_FullName_NotBlank", failure.Message);
    }

    [Theory]
    [InlineData("Child", null, null)]
    [InlineData("Child", null, "p2")]
    [InlineData("Child", "p1", "p1")]
    [InlineData("Independent", "p1", null)]
    [InlineData("Independent", null, "p2")]
    public async Task StudentSlotRulesAreEnforced(string kind, string? parent1, string? parent2)
    {
        var parents = await InsertParentsAsync();

        var failure = await Assert.ThrowsAsync<SqliteException>(() =>
            InsertStudentAsync(kind, Slot(parent1, parents), Slot(parent2, parents)));

        Assert.Contains("CK_Student_Slots", failure.Message);
    }

    [Theory]
    [InlineData("Child", "p1", null)]
    [InlineData("Child", "p1", "p2")]
    [InlineData("Independent", null, null)]
    public async Task StudentSlotsAcceptValidShapes(string kind, string? parent1, string? parent2)
    {
        var parents = await InsertParentsAsync();

        await InsertStudentAsync(kind, Slot(parent1, parents), Slot(parent2, parents));

        Assert.Equal(1, await _host.QueryAsync(db => db.Students.CountAsync()));
    }

    private static string? Slot(string? name, (string P1, string P2) parents) => name switch
    {
        "p1" => parents.P1,
        "p2" => parents.P2,
        _ => null,
    };

    private async Task<(string P1, string P2)> InsertParentsAsync()
    {
        await InsertAccountAsync("pa1", "Parent", "P1@EXAMPLE.ORG");
        await InsertAccountAsync("pa2", "Parent", "P2@EXAMPLE.ORG");
        var p1 = Guid.NewGuid().ToString().ToUpperInvariant();
        var p2 = Guid.NewGuid().ToString().ToUpperInvariant();
        await ExecuteAsync($"INSERT INTO Parents (Id, AccountId) VALUES ('{p1}', 'pa1'), ('{p2}', 'pa2')");
        return (p1, p2);
    }

    private async Task InsertStudentAsync(string kind, string? parent1, string? parent2)
    {
        await InsertAccountAsync("sa1", "Student", null);
        var p1 = parent1 is null ? "NULL" : $"'{parent1}'";
        var p2 = parent2 is null ? "NULL" : $"'{parent2}'";
        await ExecuteAsync(
            "INSERT INTO Students (Id, AccountId, Kind, Parent1Id, Parent2Id, Version) "
            + $"VALUES ('{Guid.NewGuid()}', 'sa1', '{kind}', {p1}, {p2}, '{Guid.NewGuid()}')");
    }

    private async Task InsertAccountAsync(string id, string kind, string? normalizedEmail, string fullName = "Test Person")
    {
        var organizationId = await _host.QueryAsync(db => db.Organizations.Select(o => o.Id).SingleAsync());
        var email = normalizedEmail is null ? "NULL" : $"'{normalizedEmail}'";
        await ExecuteAsync(
            "INSERT INTO AspNetUsers (Id, Kind, OrganizationId, FullName, CreatedAt, LoginEnabled, IsDeactivated, MustChangePassword, "
            + "UserName, NormalizedUserName, NormalizedEmail, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount) "
            + $"VALUES ('{id}', '{kind}', '{organizationId.ToString().ToUpperInvariant()}', '{fullName}', '2026-01-01 00:00:00', 0, 0, 0, "
            + $"'{id}', '{id.ToUpperInvariant()}', {email}, 0, 0, 0, 1, 0)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(_host.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
