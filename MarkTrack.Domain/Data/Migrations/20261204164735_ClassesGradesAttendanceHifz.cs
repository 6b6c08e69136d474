using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarkTrack.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClassesGradesAttendanceHifz : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TimeZoneId",
                table: "Schools",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Classes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
                    TeacherName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Credits = table.Column<double>(type: "REAL", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "NOCASE"),
                    IsHifz = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Classes", x => x.Id);
                    table.CheckConstraint("CK_Class_Credits", "\"Credits\" >= 0 AND \"Credits\" <= 20");
                    table.CheckConstraint("CK_Class_Name_NotBlank", "trim(\"Name\") <> ''");
                    table.ForeignKey(
                        name: "FK_Classes_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HifzAcknowledgments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AccountId = table.Column<string>(type: "TEXT", nullable: true),
                    AcknowledgedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HifzAcknowledgments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HifzAcknowledgments_AspNetUsers_AccountId",
                        column: x => x.AccountId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_HifzAcknowledgments_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MaxPoints = table.Column<double>(type: "REAL", nullable: false),
                    Weight = table.Column<double>(type: "REAL", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.CheckConstraint("CK_Assessment_MaxPoints", "\"MaxPoints\" > 0 AND \"MaxPoints\" <= 10000");
                    table.CheckConstraint("CK_Assessment_Weight", "\"Weight\" > 0 AND \"Weight\" <= 100");
                    table.ForeignKey(
                        name: "FK_Assessments_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AttendanceRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceRecords", x => x.Id);
                    table.CheckConstraint("CK_AttendanceRecord_Status", "\"Status\" IN ('Present', 'Late', 'Absent', 'Excused')");
                    table.ForeignKey(
                        name: "FK_AttendanceRecords_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AttendanceRecords_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClassEnrollments",
                columns: table => new
                {
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolledAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClassEnrollments", x => new { x.ClassId, x.StudentId });
                    table.ForeignKey(
                        name: "FK_ClassEnrollments_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClassEnrollments_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HifzLessons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClassId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FromSurah = table.Column<int>(type: "INTEGER", nullable: false),
                    FromAyah = table.Column<int>(type: "INTEGER", nullable: false),
                    ToSurah = table.Column<int>(type: "INTEGER", nullable: false),
                    ToAyah = table.Column<int>(type: "INTEGER", nullable: false),
                    Quality = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HifzLessons", x => x.Id);
                    table.CheckConstraint("CK_HifzLesson_From", "\"FromSurah\" BETWEEN 1 AND 114 AND \"FromAyah\" >= 1 AND \"FromAyah\" <= CAST(substr('007286200176120165206075129109123111043052099128111110098135112078118064077227093088069060034030073054045083182088075085054053089059037035038029018045060049062055078096029022024013014011011018012012030052052044028028020056040031050040046042029019036025022017019026030020015021011008008019005008008011011008003009005004007003006003005004005006', \"FromSurah\" * 3 - 2, 3) AS INTEGER)");
                    table.CheckConstraint("CK_HifzLesson_Kind", "\"Kind\" IN ('NewLesson', 'RecentRevision', 'OldRevision')");
                    table.CheckConstraint("CK_HifzLesson_Order", "\"ToSurah\" > \"FromSurah\" OR (\"ToSurah\" = \"FromSurah\" AND \"ToAyah\" >= \"FromAyah\")");
                    table.CheckConstraint("CK_HifzLesson_Quality", "\"Quality\" BETWEEN 1 AND 5");
                    table.CheckConstraint("CK_HifzLesson_To", "\"ToSurah\" BETWEEN 1 AND 114 AND \"ToAyah\" >= 1 AND \"ToAyah\" <= CAST(substr('007286200176120165206075129109123111043052099128111110098135112078118064077227093088069060034030073054045083182088075085054053089059037035038029018045060049062055078096029022024013014011011018012012030052052044028028020056040031050040046042029019036025022017019026030020015021011008008019005008008011011008003009005004007003006003005004005006', \"ToSurah\" * 3 - 2, 3) AS INTEGER)");
                    table.ForeignKey(
                        name: "FK_HifzLessons_Classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "Classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HifzLessons_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Scores",
                columns: table => new
                {
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Points = table.Column<double>(type: "REAL", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scores", x => new { x.AssessmentId, x.StudentId });
                    table.CheckConstraint("CK_Score_Points", "\"Points\" >= 0");
                    table.ForeignKey(
                        name: "FK_Scores_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Scores_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ClassId_Date",
                table: "Assessments",
                columns: new[] { "ClassId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceRecords_ClassId_StudentId_Date",
                table: "AttendanceRecords",
                columns: new[] { "ClassId", "StudentId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceRecords_StudentId_Date",
                table: "AttendanceRecords",
                columns: new[] { "StudentId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ClassEnrollments_StudentId",
                table: "ClassEnrollments",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_Classes_SchoolId_Term_Name",
                table: "Classes",
                columns: new[] { "SchoolId", "Term", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HifzAcknowledgments_AccountId",
                table: "HifzAcknowledgments",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_HifzAcknowledgments_StudentId_Date",
                table: "HifzAcknowledgments",
                columns: new[] { "StudentId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HifzLessons_ClassId_StudentId_Date_Kind",
                table: "HifzLessons",
                columns: new[] { "ClassId", "StudentId", "Date", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HifzLessons_StudentId_Date",
                table: "HifzLessons",
                columns: new[] { "StudentId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Scores_StudentId",
                table: "Scores",
                column: "StudentId");

            // A score must stay within its assessment's maximum. A check constraint cannot read
            // another table, so triggers reject a score above the maximum and a maximum
            // lowered below a saved score.
            migrationBuilder.Sql(
                """
                CREATE TRIGGER "TR_Score_WithinMaximum_Insert" BEFORE INSERT ON "Scores"
                WHEN NEW."Points" > (SELECT "MaxPoints" FROM "Assessments" WHERE "Id" = NEW."AssessmentId")
                BEGIN SELECT RAISE(ABORT, 'CK_Score_WithinMaximum: the score is above the assessment''s maximum'); END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER "TR_Score_WithinMaximum_Update" BEFORE UPDATE OF "Points", "AssessmentId" ON "Scores"
                WHEN NEW."Points" > (SELECT "MaxPoints" FROM "Assessments" WHERE "Id" = NEW."AssessmentId")
                BEGIN SELECT RAISE(ABORT, 'CK_Score_WithinMaximum: the score is above the assessment''s maximum'); END;
                """);
            migrationBuilder.Sql(
                """
                CREATE TRIGGER "TR_Assessment_MaxPoints_AboveScores" BEFORE UPDATE OF "MaxPoints" ON "Assessments"
                WHEN EXISTS (SELECT 1 FROM "Scores" WHERE "AssessmentId" = NEW."Id" AND "Points" > NEW."MaxPoints")
                BEGIN SELECT RAISE(ABORT, 'CK_Score_WithinMaximum: a saved score is above the new maximum'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_Score_WithinMaximum_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_Score_WithinMaximum_Update\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_Assessment_MaxPoints_AboveScores\";");

            migrationBuilder.DropTable(
                name: "AttendanceRecords");

            migrationBuilder.DropTable(
                name: "ClassEnrollments");

            migrationBuilder.DropTable(
                name: "HifzAcknowledgments");

            migrationBuilder.DropTable(
                name: "HifzLessons");

            migrationBuilder.DropTable(
                name: "Scores");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "Classes");

            migrationBuilder.DropColumn(
                name: "TimeZoneId",
                table: "Schools");
        }
    }
}
