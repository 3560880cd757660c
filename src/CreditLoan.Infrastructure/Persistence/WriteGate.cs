using CreditLoan.Application.Common;

namespace CreditLoan.Infrastructure.Persistence;

/// <summary>One writer at a time, in process, for SQLite (see docs/adr/0003).</summary>
public sealed class SqliteWriteGate : IWriteGate
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        return new Release(_semaphore);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
        }
    }
}

/// <summary>MariaDB handles concurrent writers itself.</summary>
public sealed class NoWriteGate : IWriteGate
{
    private static readonly IDisposable Nothing = new Empty();

    public ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Nothing);

    private sealed class Empty : IDisposable
    {
        public void Dispose() { }
    }
}
