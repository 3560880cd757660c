using CreditLoan.Application.Features.Calendar;
using CreditLoan.Domain.Applications;
using CreditLoan.Domain.Banks;
using CreditLoan.Domain.Enterprises;
using CreditLoan.Domain.Loans;
using CreditLoan.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreditLoan.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> b)
    {
        b.ToTable("application_history");
        b.HasKey(x => new { x.ApplicationId, x.Sequence });
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.By).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(500);
    }
}
