using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarkTrack.Domain.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutboxCredentialsKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CredentialsKind",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            // Before this column, the only emails besides password resets were parents' welcome
            // emails, and the Parents page counts a welcome email as the first credentials sent.
            migrationBuilder.Sql(
                "UPDATE \"OutboxMessages\" SET \"CredentialsKind\" = 'ParentWelcome' "
                + "WHERE \"Subject\" <> 'Reset your MarkTrack password' AND \"AccountId\" IN "
                + "(SELECT \"AccountId\" FROM \"Parents\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CredentialsKind",
                table: "OutboxMessages");
        }
    }
}
