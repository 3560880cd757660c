using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Banks;

[AllowAnonymousRequest]
public sealed record GetBankQuery(Guid BankId) : IQuery<BankResponse>;

public sealed class GetBankHandler(IAppDbContext db) : IQueryHandler<GetBankQuery, BankResponse>
{
    public async ValueTask<BankResponse> Handle(GetBankQuery query, CancellationToken cancellationToken) =>
        await db.Banks.AsNoTracking().Where(b => b.Id == query.BankId)
            .Select(b => new BankResponse(b.Id, b.Name, b.CreditCode, b.Status, b.CreatedAt))
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Bank", query.BankId);
}
