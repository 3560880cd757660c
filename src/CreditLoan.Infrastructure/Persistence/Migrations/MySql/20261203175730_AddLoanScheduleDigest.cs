using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreditLoan.Infrastructure.Persistence.Migrations.MySql
{
    /// <inheritdoc />
    public partial class AddLoanScheduleDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ScheduleDigest",
                table: "loans",
                type: "char(16)",
                unicode: false,
                fixedLength: true,
                maxLength: 16,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScheduleDigest",
                table: "loans");
        }
    }
}
