namespace CreditLoan.Application.Common;

/// <summary>
/// Work to do only once the current command's transaction has committed (refresh caches, wake workers):
/// doing it earlier could let another request see the old data and cache it as new.
/// </summary>
public sealed class CommitCallbacks
{
    private readonly List<Action> _callbacks = [];

    public void AfterCommit(Action callback) => _callbacks.Add(callback);

    /// <summary>Runs and clears the callbacks; called by the transaction behaviour after commit.</summary>
    public void RunAll()
    {
        foreach (var callback in _callbacks) callback();
        _callbacks.Clear();
    }

    public void Discard() => _callbacks.Clear();
}
