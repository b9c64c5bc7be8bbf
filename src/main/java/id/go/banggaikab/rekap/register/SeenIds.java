package id.go.banggaikab.rekap.register;

import java.util.HashMap;
import java.util.Map;

/**
 * The NIKs and NIBs seen so far in one kind of register, each with where it was first seen, so that a second row
 * with the same one is counted once and named. A province-wide list has a million of them: numeric ones are kept in
 * an open-addressing table of longs (a few bytes each rather than the hundred a boxed map entry costs); the rare
 * identifier with letters or more than 17 digits in an ordinary map.
 */
final class SeenIds {

    private static final long FREE = Long.MIN_VALUE;

    /** Key and place side by side, so a lookup touches one cache line. */
    private long[] table = new long[2 << 12];
    private int size;
    private final Map<String, Long> others = new HashMap<>();

    SeenIds() {
        clear(table);
    }

    /** Records {@code id} as seen at {@code place}; returns the place it was seen before, or -1 when new. */
    long putIfAbsent(String id, long place) {
        long numeric = numeric(id);
        if (numeric < 0) {
            Long before = others.putIfAbsent(id, place);
            return before == null ? -1 : before;
        }
        return putIfAbsent(numeric, place);
    }

    /** As {@link #putIfAbsent(String, long)} for an identifier of digits already folded as {@link #numeric}. */
    long putIfAbsent(long numeric, long place) {
        if (size * 4 >= table.length) {
            grow();
        }
        int mask = table.length / 2 - 1;
        int i = mix(numeric) & mask;
        while (table[2 * i] != FREE) {
            if (table[2 * i] == numeric) {
                return table[2 * i + 1];
            }
            i = (i + 1) & mask;
        }
        table[2 * i] = numeric;
        table[2 * i + 1] = place;
        size++;
        return -1;
    }

    /** Digits only and at most 17 of them: the number with its length folded in, so "012" is not "12". */
    static long numeric(String id) {
        int n = id.length();
        if (n == 0 || n > 17) {
            return -1;
        }
        long v = 0;
        for (int k = 0; k < n; k++) {
            char c = id.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v * 32 + n;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        clear(table);
        int mask = table.length / 2 - 1;
        for (int k = 0; k < old.length; k += 2) {
            if (old[k] != FREE) {
                int i = mix(old[k]) & mask;
                while (table[2 * i] != FREE) {
                    i = (i + 1) & mask;
                }
                table[2 * i] = old[k];
                table[2 * i + 1] = old[k + 1];
            }
        }
    }

    private static void clear(long[] t) {
        for (int k = 0; k < t.length; k += 2) {
            t[k] = FREE;
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
