using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreditLoan.Infrastructure.Persistence.Migrations.MySql
{
    /// <inheritdoc />
    public partial class AddLoanPortfolio : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "BookedOn",
                table: "loans",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "loans",
                type: "varchar(12)",
                unicode: false,
                maxLength: 12,
                nullable: false,
                defaultValue: "Credit",
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueToldFor",
                table: "loans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FirstTimeBorrower",
                table: "loans",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OldestUnpaidDue",
                table: "loans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "OutstandingPrincipal",
                table: "loans",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OverdueToldFor",
                table: "loans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PositionStale",
                table: "loans",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "BookedOn",
                table: "loan_repayments",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<bool>(
                name: "IsPrepayment",
                table: "loan_repayments",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsPrepayment",
                table: "loan_installments",
                type: "tinyint(1)",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "repayment_imports",
                columns: table => new
                {
                    BankId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    BatchId = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Accepted = table.Column<int>(type: "int", nullable: false),
                    Rejected = table.Column<int>(type: "int", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "datetime(6)", nullable: false),
                    ImportedBy = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repayment_imports", x => new { x.BankId, x.BatchId });
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "stats_portfolio_daily",
                columns: table => new
                {
                    Dimension = table.Column<string>(type: "varchar(1)", unicode: false, maxLength: 1, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    BankId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    GroupKey = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Loans = table.Column<long>(type: "bigint", nullable: false),
                    OutstandingFen = table.Column<long>(type: "bigint", nullable: false),
                    OverdueFen = table.Column<long>(type: "bigint", nullable: false),
                    Dpd1Fen = table.Column<long>(type: "bigint", nullable: false),
                    Dpd31Fen = table.Column<long>(type: "bigint", nullable: false),
                    Dpd61Fen = table.Column<long>(type: "bigint", nullable: false),
                    NplFen = table.Column<long>(type: "bigint", nullable: false),
                    CreditFen = table.Column<long>(type: "bigint", nullable: false),
                    RateFen = table.Column<long>(type: "bigint", nullable: false),
                    NewLoans = table.Column<long>(type: "bigint", nullable: false),
                    NewFen = table.Column<long>(type: "bigint", nullable: false),
                    FirstTime = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stats_portfolio_daily", x => new { x.Dimension, x.Day, x.BankId, x.GroupKey });
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.CreateTable(
                name: "stats_portfolio_month_end",
                columns: table => new
                {
                    Dimension = table.Column<string>(type: "varchar(1)", unicode: false, maxLength: 1, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    MonthEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    BankId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    GroupKey = table.Column<string>(type: "varchar(12)", unicode: false, maxLength: 12, nullable: false, collation: "utf8mb4_unicode_ci")
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Loans = table.Column<long>(type: "bigint", nullable: false),
                    OutstandingFen = table.Column<long>(type: "bigint", nullable: false),
                    OverdueFen = table.Column<long>(type: "bigint", nullable: false),
                    Dpd1Fen = table.Column<long>(type: "bigint", nullable: false),
                    Dpd31Fen = table.Column<long>(type: "bigint", nullable: false),
                    Dpd61Fen = table.Column<long>(type: "bigint", nullable: false),
                    NplFen = table.Column<long>(type: "bigint", nullable: false),
                    CreditFen = table.Column<long>(type: "bigint", nullable: false),
                    RateFen = table.Column<long>(type: "bigint", nullable: false),
                    NewLoans = table.Column<long>(type: "bigint", nullable: false),
                    NewFen = table.Column<long>(type: "bigint", nullable: false),
                    FirstTime = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stats_portfolio_month_end", x => new { x.MonthEnd, x.Dimension, x.BankId, x.GroupKey });
                })
                .Annotation("MySql:CharSet", "utf8mb4")
                .Annotation("Relational:Collation", "utf8mb4_unicode_ci");

            // 1.0.0 loans: booked as disbursed, their product's category, the first loan of each enterprise; the loan-servicing
            // job then works out each one's position and statistics (PositionStale, docs/portfolio.md)
            migrationBuilder.Sql(@"UPDATE loans l
                LEFT JOIN (SELECT a.Id, p.Category FROM applications a JOIN products p ON p.Id = a.ProductId) c ON c.Id = l.ApplicationId
                LEFT JOIN (SELECT LoanId, MIN(DueDate) AS Due FROM loan_installments GROUP BY LoanId) i ON i.LoanId = l.Id
                LEFT JOIN (SELECT EnterpriseId, MIN(DisbursedOn) AS First FROM loans GROUP BY EnterpriseId) f ON f.EnterpriseId = l.EnterpriseId
                SET l.BookedOn = l.DisbursedOn, l.OutstandingPrincipal = l.Principal, l.PositionStale = 1, l.Category = COALESCE(c.Category, 'Credit'),
                    l.OldestUnpaidDue = i.Due, l.FirstTimeBorrower = (l.DisbursedOn = f.First);");
            migrationBuilder.Sql("UPDATE loan_repayments SET BookedOn = PaidOn;");

            migrationBuilder.CreateIndex(
                name: "IX_loans_BankId_SettledAt_OldestUnpaidDue",
                table: "loans",
                columns: new[] { "BankId", "SettledAt", "OldestUnpaidDue" });

            migrationBuilder.CreateIndex(
                name: "IX_loans_EnterpriseId_DisbursedOn",
                table: "loans",
                columns: new[] { "EnterpriseId", "DisbursedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_loans_SettledAt_OldestUnpaidDue",
                table: "loans",
                columns: new[] { "SettledAt", "OldestUnpaidDue" });

            migrationBuilder.CreateIndex(
                name: "IX_stats_portfolio_daily_BankId_Dimension_Day",
                table: "stats_portfolio_daily",
                columns: new[] { "BankId", "Dimension", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_stats_portfolio_month_end_BankId_Dimension_MonthEnd",
                table: "stats_portfolio_month_end",
                columns: new[] { "BankId", "Dimension", "MonthEnd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "repayment_imports");

            migrationBuilder.DropTable(
                name: "stats_portfolio_daily");

            migrationBuilder.DropTable(
                name: "stats_portfolio_month_end");

            migrationBuilder.DropIndex(
                name: "IX_loans_BankId_SettledAt_OldestUnpaidDue",
                table: "loans");

            migrationBuilder.DropIndex(
                name: "IX_loans_EnterpriseId_DisbursedOn",
                table: "loans");

            migrationBuilder.DropIndex(
                name: "IX_loans_SettledAt_OldestUnpaidDue",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "BookedOn",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "DueToldFor",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "FirstTimeBorrower",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "OldestUnpaidDue",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "OutstandingPrincipal",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "OverdueToldFor",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "PositionStale",
                table: "loans");

            migrationBuilder.DropColumn(
                name: "BookedOn",
                table: "loan_repayments");

            migrationBuilder.DropColumn(
                name: "IsPrepayment",
                table: "loan_repayments");

            migrationBuilder.DropColumn(
                name: "IsPrepayment",
                table: "loan_installments");
        }
    }
}
