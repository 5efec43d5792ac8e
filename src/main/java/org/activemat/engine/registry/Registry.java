package org.activemat.engine.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Named things of one kind (strategies, descriptor sets, model backends, formats), each registered once with its
 * description; every list a user sees (help, choosers, error messages) is read from here, in registration order.
 * Thread-safe: registration is rare (start-up, tests), lookups are many.
 */
public final class Registry<E extends Registry.Entry> {
    /** What every registered thing has: a name to type and a line that says what it is. */
    public interface Entry {
        String name();

        String description();
    }

    private final String kind;
    private final Map<String, E> entries = new LinkedHashMap<>();

    /** kind names the things in messages: "strategy", "descriptor set", … */
    public Registry(String kind) {
        this.kind = kind;
    }

    public synchronized Registry<E> register(E e) {
        String key = key(e.name());
        if (entries.containsKey(key)) throw new IllegalArgumentException(kind + " '" + e.name() + "' is registered twice");
        entries.put(key, e);
        return this;
    }

    /** Removes an entry (for tests that register one of their own). */
    public synchronized void unregister(String name) {
        entries.remove(key(name));
    }

    public synchronized Optional<E> find(String name) {
        return Optional.ofNullable(name == null ? null : entries.get(key(name)));
    }

    /** The entry called name; IllegalArgumentException listing the names otherwise. */
    public E get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(unknown(name)));
    }

    /** "unknown strategy 'x'; expected one of random, uncertainty, …" */
    public String unknown(String name) {
        return "unknown " + kind + " '" + name + "'; expected one of " + String.join(", ", names());
    }

    public synchronized List<String> names() {
        List<String> n = new ArrayList<>();
        for (E e : entries.values()) n.add(e.name());
        return Collections.unmodifiableList(n);
    }

    public synchronized List<E> entries() {
        return List.copyOf(entries.values());
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
