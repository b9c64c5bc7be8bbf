package id.go.banggaikab.rekap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void aRecurringTextIsWorkedOutOnceAndAnsweredAlike() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String> memo = new Memo<>(t -> {
            calls.incrementAndGet();
            return TextKey.key(t);
        });

        List<String> answers = new ArrayList<>();
        for (int form = 0; form < 1_000; form++) {
            answers.add(memo.apply("Realisasi\u00A0TW  II (s.d.)"));
        }

        assertThat(answers).containsOnly("realisasi tw ii s d");
        assertThat(calls).hasValue(1);
    }

    @Test
    void thriceAsManyDistinctTextsAsItKeepsNeverFillTheMemoryAndAreStillAnsweredRight() {
        Memo<String> memo = new Memo<>(t -> t.toUpperCase());

        IntStream.range(0, Memo.ENTRIES * 3).forEach(i ->
                assertThat(memo.apply("nib " + i)).isEqualTo("NIB " + i));
        String long40k = "9".repeat(40_000);

        assertThat(memo.apply(long40k)).isEqualTo(long40k);
        assertThat(memo.remembered()).isEqualTo(Memo.ENTRIES);
    }

    @Test
    void textsTooLongToBeWorthKeepingAreNotKept() {
        Memo<Integer> memo = new Memo<>(String::length);

        assertThat(memo.apply("x".repeat(Memo.LONGEST + 1))).isEqualTo(Memo.LONGEST + 1);
        assertThat(memo.apply("pendek")).isEqualTo(6);

        assertThat(memo.remembered()).isEqualTo(1);
    }

    @Test
    void severalReaderThreadsGetTheSameAnswers() {
        Memo<String> memo = new Memo<>(TextKey::clean);

        List<String> answers = IntStream.range(0, 20_000).parallel()
                .mapToObj(i -> memo.apply("  Seksi\n Kewirausahaan  " + (i % 50))).toList();

        assertThat(answers).allSatisfy(a -> assertThat(a).startsWith("Seksi Kewirausahaan "));
        assertThat(answers.get(123)).isEqualTo("Seksi Kewirausahaan 23");
    }
}
