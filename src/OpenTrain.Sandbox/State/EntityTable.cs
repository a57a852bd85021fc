namespace OpenTrain.Sandbox.State;

/// <summary>Anything stored by id.</summary>
public interface IEntity
{
    string Id { get; }
}

/// <summary>An id-keyed table that also remembers insertion order (oldest first).</summary>
public sealed class EntityTable<T> where T : class, IEntity
{
    private readonly Dictionary<string, T> _byId = new(StringComparer.Ordinal);
    private readonly List<T> _ordered = [];

    public T Add(T entity)
    {
        _byId.Add(entity.Id, entity);
        _ordered.Add(entity);
        return entity;
    }

    public T? Find(string? id) => id is not null && _byId.TryGetValue(id, out var e) ? e : null;

    public bool Remove(string id)
    {
        if (!_byId.Remove(id, out var e)) return false;
        _ordered.Remove(e);
        return true;
    }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<T> All => _ordered;

    public int Count => _ordered.Count;
}
