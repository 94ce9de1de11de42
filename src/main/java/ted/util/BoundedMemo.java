package ted.util;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers worked out once and remembered, up to a bound, for pure functions whose inputs come from an export: an
 * organisation's mailboxes share a handful of allow lists, but a hostile export may hold a million different ones, so
 * past the bound answers are worked out and not kept. Safe to share between threads.
 */
public final class BoundedMemo<K, V> {
    private final Map<K, V> known = new ConcurrentHashMap<>();
    private final int bound;
    private final Function<K, V> work;

    public BoundedMemo(int bound, Function<K, V> work) {
        this.bound = bound;
        this.work = work;
    }

    public V get(K key) {
        V v = known.get(key);
        if (v != null) {
            return v;
        }
        v = work.apply(key);
        if (known.size() < bound) {
            known.putIfAbsent(key, v);
        }
        return v;
    }
}
