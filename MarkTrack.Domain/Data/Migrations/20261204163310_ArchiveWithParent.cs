using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarkTrack.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveWithParent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ArchivedWithParentId",
                table: "Students",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Students_ArchivedWithParentId",
                table: "Students",
                column: "ArchivedWithParentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Students_ArchivedWithParentId",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "ArchivedWithParentId",
                table: "Students");
        }
    }
}
