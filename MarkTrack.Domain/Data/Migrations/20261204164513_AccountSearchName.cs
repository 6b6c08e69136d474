using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarkTrack.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccountSearchName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_Kind_FullName",
                table: "AspNetUsers");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Existing rows get an ASCII lower-case fold; the app folds accents for names it saves.
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"SearchName\" = lower(\"FullName\");");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_Kind_SearchName",
                table: "AspNetUsers",
                columns: new[] { "Kind", "SearchName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_Kind_SearchName",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_Kind_FullName",
                table: "AspNetUsers",
                columns: new[] { "Kind", "FullName" });
        }
    }
}
