using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreditLoan.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCasesAndRatings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_numbers",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_numbers", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNo = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LodgedBy = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    LodgerEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LodgerStationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OnBehalfOfName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OnBehalfOfPhone = table.Column<string>(type: "TEXT", unicode: false, maxLength: 11, nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LodgedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Cause = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    AssignedTo = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    OverdueNotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FollowUpOfRatingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Party = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RaterEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RaterStationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FollowUpCaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ratings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stats_service_daily",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Party = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cause = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: false),
                    Cases = table.Column<long>(type: "INTEGER", nullable: false),
                    Closed = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedOnTime = table.Column<long>(type: "INTEGER", nullable: false),
                    Ratings = table.Column<long>(type: "INTEGER", nullable: false),
                    ScoreSum = table.Column<long>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stats_service_daily", x => new { x.Day, x.Party, x.PartyId, x.Cause });
                });

            migrationBuilder.CreateTable(
                name: "case_history",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_history", x => new { x.CaseId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_case_history_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_AssignedTo_AssigneeId_Status",
                table: "cases",
                columns: new[] { "AssignedTo", "AssigneeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_CaseNo",
                table: "cases",
                column: "CaseNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_EnterpriseId_LodgedAt",
                table: "cases",
                columns: new[] { "EnterpriseId", "LodgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_LodgerStationId_LodgedAt",
                table: "cases",
                columns: new[] { "LodgerStationId", "LodgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Status_DueAt",
                table: "cases",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_SubjectType_SubjectId",
                table: "cases",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_ratings_Party_PartyId_RatedAt",
                table: "ratings",
                columns: new[] { "Party", "PartyId", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ratings_SubjectType_SubjectId",
                table: "ratings",
                columns: new[] { "SubjectType", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stats_service_daily_Party_PartyId_Day",
                table: "stats_service_daily",
                columns: new[] { "Party", "PartyId", "Day" });

            // the ratings of 1.0.0 (one per disbursed application, by its enterprise, for its bank) become ratings like any other,
            // under their application's id, and are counted in the service-quality statistics on the China day they were given
            migrationBuilder.Sql("INSERT INTO ratings (Id, SubjectType, SubjectId, Score, Comment, Party, PartyId, RaterEnterpriseId, RaterStationId, RatedAt, RatedBy, FollowUpCaseId) SELECT r.ApplicationId, 'Application', r.ApplicationId, r.Score, r.Comment, 'Bank', r.BankId, (SELECT a.EnterpriseId FROM applications a WHERE a.Id = r.ApplicationId), NULL, r.At, '', NULL FROM service_ratings r;");
            migrationBuilder.Sql("INSERT INTO stats_service_daily (Day, Party, PartyId, Cause, Cases, Closed, ClosedOnTime, Ratings, ScoreSum, Satisfied) SELECT date((r.At >> 11) / 10000 - 62135596800 + 28800, 'unixepoch'), 'Bank', r.BankId, '', 0, 0, 0, COUNT(*), SUM(r.Score), SUM(CASE WHEN r.Score >= 4 THEN 1 ELSE 0 END) FROM service_ratings r GROUP BY date((r.At >> 11) / 10000 - 62135596800 + 28800, 'unixepoch'), r.BankId;");

            migrationBuilder.DropTable(
                name: "service_ratings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_history");

            migrationBuilder.DropTable(
                name: "case_numbers");

            migrationBuilder.DropTable(
                name: "ratings");

            migrationBuilder.DropTable(
                name: "stats_service_daily");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.CreateTable(
                name: "service_ratings",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_ratings", x => x.ApplicationId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_service_ratings_BankId",
                table: "service_ratings",
                column: "BankId");
        }
    }
}
