using CreditLoan.Application.Common.Behaviours;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CreditLoan.Application;

public static class DependencyInjection
{
    /// <summary>The mediator with its pipeline (logging → validation → authorization → idempotency → transaction) and the validators.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(AuthorizationBehaviour<,>),
                typeof(IdempotencyBehaviour<,>),
                typeof(TransactionBehaviour<,>),
            ];
        });
        services.AddScoped<Common.CommitCallbacks>();
        services.AddScoped<RequestAttempts>();
        services.AddScoped<Common.DomainEventDispatcher>();
        services.AddScoped<Common.IDomainEventConsumer, Features.Statistics.StatisticsProjection>();
        services.AddScoped<Common.IDomainEventConsumer, Features.Statistics.PortfolioProjection>();
        services.AddScoped<Common.IDomainEventConsumer, Features.Applications.EnterpriseNotifications>();
        services.AddScoped<Common.IDomainEventConsumer, Features.Consents.ConsentOnClose>();
        services.AddScoped<Common.IDomainEventConsumer, Features.Cases.CaseNotifications>();
        services.AddScoped<Features.Cases.RatingBook>();
        services.AddSingleton<Common.RetryPolicy>();
        services.AddSingleton<Features.Products.ProductCatalog>();
        services.AddSingleton<Matching.IBankSpeed, Matching.MeasuredBankSpeed>();
        services.AddSingleton<Features.Needs.MatchesCache>();
        services.AddSingleton<Features.Needs.NeedFacts>();
        services.AddSingleton<Features.Calendar.CalendarProvider>();
        services.AddSingleton<Features.Places.DivisionCatalog>();
        services.AddValidatorsFromAssemblyContaining(typeof(DependencyInjection), ServiceLifetime.Scoped, includeInternalTypes: true);
        return services;
    }
}
