using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreditLoan.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPaperAuthorisations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "paper_authorisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrincipalName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PrincipalIdNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", unicode: false, maxLength: 11, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_paper_authorisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_paper_authorisations_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_paper_authorisations_stations_StationId",
                        column: x => x.StationId,
                        principalTable: "stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "authorisation_scans",
                columns: table => new
                {
                    AuthorisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authorisation_scans", x => x.AuthorisationId);
                    table.ForeignKey(
                        name: "FK_authorisation_scans_paper_authorisations_AuthorisationId",
                        column: x => x.AuthorisationId,
                        principalTable: "paper_authorisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_paper_authorisations_EnterpriseId",
                table: "paper_authorisations",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_paper_authorisations_StationId_RecordedAt",
                table: "paper_authorisations",
                columns: new[] { "StationId", "RecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "authorisation_scans");

            migrationBuilder.DropTable(
                name: "paper_authorisations");
        }
    }
}
