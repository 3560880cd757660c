using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreditLoan.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                unicode: false,
                fixedLength: true,
                maxLength: 16,
                nullable: true);
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
