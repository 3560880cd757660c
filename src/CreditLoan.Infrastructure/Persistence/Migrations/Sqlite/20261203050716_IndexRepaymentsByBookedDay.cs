using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreditLoan.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndexRepaymentsByBookedDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // the new index first, as on MariaDB (which keeps an index for the foreign key on LoanId)
            migrationBuilder.CreateIndex(
                name: "IX_loan_repayments_LoanId_BookedOn",
                table: "loan_repayments",
                columns: new[] { "LoanId", "BookedOn" });

            migrationBuilder.DropIndex(
                name: "IX_loan_repayments_LoanId",
                table: "loan_repayments");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_loan_repayments_LoanId",
                table: "loan_repayments",
                column: "LoanId");

            migrationBuilder.DropIndex(
                name: "IX_loan_repayments_LoanId_BookedOn",
                table: "loan_repayments");
        }
    }
}
