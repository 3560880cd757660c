using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreditLoan.Application.Common;
using CreditLoan.Application.Common.Behaviours;
using CreditLoan.Application.Common.Models;
using CreditLoan.Application.Common.Security;
using CreditLoan.Domain.Common;
using CreditLoan.Domain.Ledger;
using CreditLoan.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CreditLoan.Application.Features.Stations;

internal static class StationReaders
{
    /// <summary>The station when the caller may read it: its agents, its partner bank, the bureau.</summary>
    public static async Task<Station> VisibleAsync(IAppDbContext db, ICurrentUser user, Guid stationId, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == stationId, ct);
        var visible = station is not null && (user.IsInRole(Roles.Bureau) || (user.IsInRole(Roles.Bank) && user.BankId == station.PartnerBankId)
                                              || (user.IsInRole(Roles.Agent) && user.StationId == station.Id));
        return visible ? station! : throw new NotFoundException("Station", stationId);
    }
}
