using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreditLoan.Infrastructure.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "loans",
                type: "TEXT",
                unicode: false,
                maxLength: 12,
                nullable: false,
                defaultValue: "Credit");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueToldFor",
                table: "loans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FirstTimeBorrower",
                table: "loans",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OldestUnpaidDue",
                table: "loans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "OutstandingPrincipal",
                table: "loans",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OverdueToldFor",
                table: "loans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PositionStale",
                table: "loans",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "BookedOn",
                table: "loan_repayments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<bool>(
                name: "IsPrepayment",
                table: "loan_repayments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsPrepayment",
                table: "loan_installments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "repayment_imports",
                columns: table => new
                {
                    BankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BatchId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repayment_imports", x => new { x.BankId, x.BatchId });
                });

            migrationBuilder.CreateTable(
                name: "stats_portfolio_daily",
                columns: table => new
                {
                    Dimension = table.Column<string>(type: "TEXT", unicode: false, maxLength: 1, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Loans = table.Column<long>(type: "INTEGER", nullable: false),
                    OutstandingFen = table.Column<long>(type: "INTEGER", nullable: false),
                    OverdueFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Dpd1Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Dpd31Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Dpd61Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    NplFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CreditFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RateFen = table.Column<long>(type: "INTEGER", nullable: false),
                    NewLoans = table.Column<long>(type: "INTEGER", nullable: false),
                    NewFen = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstTime = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stats_portfolio_daily", x => new { x.Dimension, x.Day, x.BankId, x.GroupKey });
                });

            migrationBuilder.CreateTable(
                name: "stats_portfolio_month_end",
                columns: table => new
                {
                    Dimension = table.Column<string>(type: "TEXT", unicode: false, maxLength: 1, nullable: false),
                    MonthEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BankId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 12, nullable: false),
                    Loans = table.Column<long>(type: "INTEGER", nullable: false),
                    OutstandingFen = table.Column<long>(type: "INTEGER", nullable: false),
                    OverdueFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Dpd1Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Dpd31Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    Dpd61Fen = table.Column<long>(type: "INTEGER", nullable: false),
                    NplFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CreditFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RateFen = table.Column<long>(type: "INTEGER", nullable: false),
                    NewLoans = table.Column<long>(type: "INTEGER", nullable: false),
                    NewFen = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstTime = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stats_portfolio_month_end", x => new { x.MonthEnd, x.Dimension, x.BankId, x.GroupKey });
                });

            // 1.0.0 loans: booked as disbursed, their product's category, the first loan of each enterprise; the loan-servicing
            // job then works out each one's position and statistics (PositionStale, docs/portfolio.md)
            migrationBuilder.Sql(@"UPDATE loans SET BookedOn = DisbursedOn, OutstandingPrincipal = Principal, PositionStale = 1,
                Category = COALESCE((SELECT p.Category FROM applications a JOIN products p ON p.Id = a.ProductId WHERE a.Id = loans.ApplicationId), 'Credit'),
                OldestUnpaidDue = (SELECT MIN(i.DueDate) FROM loan_installments i WHERE i.LoanId = loans.Id),
                FirstTimeBorrower = CASE WHEN EXISTS (SELECT 1 FROM loans o WHERE o.EnterpriseId = loans.EnterpriseId AND o.DisbursedOn < loans.DisbursedOn)
                    THEN 0 ELSE 1 END;");
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
