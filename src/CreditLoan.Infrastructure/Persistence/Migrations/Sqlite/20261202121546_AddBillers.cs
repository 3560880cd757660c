using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreditLoan.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddBillers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BillerId",
                table: "station_transactions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "billers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    BillNoHint = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_billers_banks_BankId",
                        column: x => x.BankId,
                        principalTable: "banks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_station_transactions_StationId_PostedAt",
                table: "station_transactions",
                columns: new[] { "StationId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_billers_BankId",
                table: "billers",
                column: "BankId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "billers");

            migrationBuilder.DropIndex(
                name: "IX_station_transactions_StationId_PostedAt",
                table: "station_transactions");

            migrationBuilder.DropColumn(
                name: "BillerId",
                table: "station_transactions");
        }
    }
}
