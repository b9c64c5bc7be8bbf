package id.go.banggaikab.rekap.shared;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The remembered answers of a pure function of a text. Thousands of forms repeat the same few hundred texts (headers,
 * unit names, indicator names, title lines), and working out their keys and meanings again for every form was a
 * tenth of the job's processor time. Safe from several reader threads. Bounded: after {@link #ENTRIES} different
 * texts, or for a text longer than {@link #LONGEST} characters, the function is simply called, so a million distinct
 * values never fill the memory.
 *
 * @param <V> the answer; never null (wrap a possibly missing answer in an {@code Optional})
 */
public final class Memo<V> {

    static final int ENTRIES = 20_000;
    static final int LONGEST = 300;

    private final Function<String, V> function;
    private final ConcurrentHashMap<String, V> known = new ConcurrentHashMap<>();

    public Memo(Function<String, V> function) {
        this.function = function;
    }

    public V apply(String text) {
        if (text == null || text.length() > LONGEST) {
            return Objects.requireNonNull(function.apply(text));
        }
        V answer = known.get(text);
        if (answer == null) {
            answer = Objects.requireNonNull(function.apply(text));
            if (known.size() < ENTRIES) {
                known.putIfAbsent(text, answer);
            }
        }
        return answer;
    }

    /** How many answers are kept. */
    int remembered() {
        return known.size();
    }
}
