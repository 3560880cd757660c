using CreditLoan.Application.Common.Security;
using Mediator;

namespace CreditLoan.Application.Features.Operations;

[AuthorizeRoles(Roles.Bureau)]
public sealed record GetInstanceStatusQuery : IQuery<InstanceStatusResponse>;

public sealed class GetInstanceStatusHandler(IInstanceStatus status) : IQueryHandler<GetInstanceStatusQuery, InstanceStatusResponse>
{
    public async ValueTask<InstanceStatusResponse> Handle(GetInstanceStatusQuery query, CancellationToken cancellationToken) =>
        await status.ReadAsync(cancellationToken);
}
