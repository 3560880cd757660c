using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreditLoan.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountsAndSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Disabled",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsBankAdmin",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // 1.0.0 had no bank administrators: the earliest account of each bank (the one the bureau created with the bank) becomes its administrator.
            migrationBuilder.Sql(
                "UPDATE users SET IsBankAdmin = 1 WHERE Role = 'bank' AND BankId IS NOT NULL AND NOT EXISTS (" +
                "SELECT 1 FROM users o WHERE o.Role = 'bank' AND o.BankId = users.BankId " +
                "AND (o.CreatedAt < users.CreatedAt OR (o.CreatedAt = users.CreatedAt AND o.Id < users.Id)));");

            migrationBuilder.CreateTable(
                name: "bank_setting_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MakerCheckerThreshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    WithdrawalLimitPerDay = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    WithdrawalLimitPerTransaction = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Commissions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Weakens = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", unicode: false, maxLength: 450, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ConfirmedBy = table.Column<string>(type: "TEXT", unicode: false, maxLength: 450, nullable: true),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bank_setting_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "user_sessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedBecause = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_sessions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bank_setting_changes_BankId_Status",
                table: "bank_setting_changes",
                columns: new[] { "BankId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_user_sessions_ExpiresAt",
                table: "user_sessions",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_user_sessions_UserId",
                table: "user_sessions",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bank_setting_changes");

            migrationBuilder.DropTable(
                name: "user_sessions");

            migrationBuilder.DropColumn(
                name: "Disabled",
                table: "users");

            migrationBuilder.DropColumn(
                name: "IsBankAdmin",
                table: "users");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "users");
        }
    }
}
