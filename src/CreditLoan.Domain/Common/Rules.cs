using System.Linq.Expressions;

namespace CreditLoan.Domain.Common;

/// <summary>
/// A rule written once as an expression of an entity and an instant: queries use <see cref="At"/> (EF Core translates it
/// to SQL), entities and pages call <see cref="Holds"/> (the same expression, compiled once).
/// </summary>
public sealed class Rule<T>(Expression<Func<T, DateTimeOffset, bool>> rule)
{
    private readonly Func<T, DateTimeOffset, bool> _compiled = rule.Compile();

    public bool Holds(T entity, DateTimeOffset at) => _compiled(entity, at);

    /// <summary>
    /// The rule at one instant, as a predicate a query can filter by. The instant is read from a captured field, as a C# closure
    /// would be, so EF Core sends it as a parameter and compiles the query once (a constant would make every instant a new
    /// query: compiled again, and cached again, on every call).
    /// </summary>
    public Expression<Func<T, bool>> At(DateTimeOffset at)
    {
        var entity = rule.Parameters[0];
        var instant = Expression.Field(Expression.Constant(new Captured(at)), nameof(Captured.Instant));
        var body = new Replace(rule.Parameters[1], instant).Visit(rule.Body);
        return Expression.Lambda<Func<T, bool>>(body, entity);
    }

    private sealed class Captured(DateTimeOffset instant)
    {
        public readonly DateTimeOffset Instant = instant;
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
