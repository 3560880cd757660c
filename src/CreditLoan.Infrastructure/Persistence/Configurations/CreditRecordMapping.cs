using CreditLoan.Domain.Consents;
using CreditLoan.Domain.Credit;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Needs;
using CreditLoan.Domain.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal static class CreditRecordMapping
{
    public static void Bookkeeping<T>(this EntityTypeBuilder<T> b) where T : CreditRecord
    {
        b.Property(x => x.CreditCode).HasMaxLength(18).IsUnicode(false);
        b.Property(x => x.BatchId).HasMaxLength(64).IsUnicode(false);
    }
}
