package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.RegisterKind;
import id.go.banggaikab.rekap.catalogue.RegisterRule;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.submission.HeaderRows;
import id.go.banggaikab.rekap.submission.StreamedRow;
import id.go.banggaikab.rekap.submission.TableStream;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the catalogue's register rules over a set of register files, for the quarters a {@link CountPlan} names.
 * Each file is streamed once, whatever its size; every rule of its kind is evaluated on each row. A file that cannot
 * be read, a row with unusable cells and a NIK or NIB seen twice become problems; nothing here throws for bad input.
 * A kind whose registers are incomplete (a file of that kind unreadable, a sheet lacking a column a rule needs) gives
 * no figure at all, so that a typed figure is never replaced by a count over part of the list.
 */
public final class RegisterCounter {

    /**
     * At most this many counted rows are listed on the recap's Rincian Register sheet: the recap is written whole in
     * memory, and 10,000 rows of eleven cells take some 100 MB of the job's 512 MB.
     */
    public static final int LISTED_ROWS = 10_000;

    /** What a reading found: the figures per rule and quarter, the rows behind them, and the problems. */
    public record Counts(List<CountedFigure> figures, RegisterDetail detail, List<Problem> problems) {
        public Counts {
            figures = List.copyOf(figures);
            problems = List.copyOf(problems);
        }
    }

    private final CountPlan plan;
    private final List<RuleGroup> groups = new ArrayList<>();
    private final Map<String, SeenIds> seen = new LinkedHashMap<>();
    private final Map<RegisterKind, List<String>> blocked = new EnumMap<>(RegisterKind.class);
    private final List<String> origins = new ArrayList<>();
    private final ProblemLog problems = new ProblemLog();

    public RegisterCounter(CountPlan plan) {
        this.plan = plan;
        Map<String, RuleGroup> bySignature = new LinkedHashMap<>();
        for (RegisterRule r : plan.catalogue().registerRules()) {
            bySignature.computeIfAbsent(RuleGroup.signature(r, plan.flow(r)), RuleGroup::new).rules.add(r);
        }
        groups.addAll(bySignature.values());
    }

    public Counts count(List<RegisterFile> files) {
        if (groups.isEmpty()) {
            return new Counts(List.of(), RegisterDetail.NONE, List.of());
        }
        for (RegisterFile f : files) {
            read(f);
        }
        return new RegisterResults(plan, groups, blocked, problems).counts();
    }

    private void read(RegisterFile file) {
        FileReading reading = new FileReading(file);
        String refusal = file.refusal();
        try (SeekableByteChannel channel = refusal != null ? null : file.open()) {
            refusal = refusal != null ? refusal : TableStream.read(channel, file.name(), reading);
        } catch (IOException e) {
            refusal = "Berkas tidak dapat dibuka: " + e.getMessage();
        } catch (RuntimeException e) {
            refusal = "Berkas tidak dapat dibaca (" + e.getClass().getSimpleName() + ")";
        }
        if (refusal != null) {
            problems.add(Problem.file(file.name(), "Register tidak dapat dibaca: " + refusal));
            block(file.kindByName().map(List::of).orElse(List.of(RegisterKind.values())), file.name()
                    + " tidak dapat dibaca");
            return;
        }
        if (reading.sheets == 0) {
            if (reading.nearMiss != null) {
                problems.add(Problem.file(file.name(), "Register tidak dapat dibaca: " + reading.nearMiss.refusal()));
                block(List.of(reading.nearMissKind), file.name() + " tidak lengkap kolomnya");
            } else {
                problems.add(Problem.file(file.name(), "Bukan register yang dikenal: tidak ada lembar dengan judul"
                        + " kolom Nama Koperasi, NIK, Status (register koperasi) atau Nama Usaha, NIB/NIK, Skala,"
                        + " Tanggal Terdaftar (register usaha mikro); berkas ini tidak dihitung"));
            }
        }
    }

    private void block(List<RegisterKind> kinds, String why) {
        kinds.forEach(k -> blocked.computeIfAbsent(k, x -> new ArrayList<>()).add(why));
    }

    /** The reading of one file: each sheet's layout from its first rows, then its rows into the groups. */
    private final class FileReading implements TableStream.Reader {
        private final RegisterFile file;
        private SheetCount sheet;
        int sheets;
        Layout.Found nearMiss;
        RegisterKind nearMissKind;

        FileReading(RegisterFile file) {
            this.file = file;
        }

        @Override
        public TableStream.Plan plan(HeaderRows top) {
            Layout.Found found = Layout.find(top);
            if (found.layout() == null) {
                if (found.refusal() != null && nearMiss == null) {
                    nearMiss = found;
                    nearMissKind = found.refusal().contains(RegisterKind.KOPERASI.label()) ? RegisterKind.KOPERASI
                            : RegisterKind.USAHA_MIKRO;
                }
                sheet = null;
                return null;
            }
            Layout layout = found.layout();
            Integer year = layout.year() != null ? layout.year() : file.pathYear();
            int effective = year == null ? plan.recap().tahun() : year;
            SeenIds ids = seen.computeIfAbsent(layout.kind().name() + "|" + effective, k -> new SeenIds());
            sheet = new SheetCount(layout, file.name(), top.sheet(), year, plan, groups, ids, origins, problems,
                    file.modified());
            sheets++;
            return new TableStream.Plan(layout.firstDataRow(), layout.used());
        }

        @Override
        public void row(StreamedRow row) {
            if (sheet != null) {
                sheet.row(row);
            }
        }
    }

    /** The rows of several readings' figures as one list, within {@link #LISTED_ROWS}. */
    public static RegisterDetail listed(List<RegisterDetail.Group> groups) {
        return RegisterResults.fairShare(groups);
    }

    /** "61 koperasi", "1.234.500.000": a figure as the recap's sentences write it. */
    static String figure(double v) {
        return IndonesianNumbers.format(v);
    }

    static String partName(Indicator i, RegisterRule.Slot slot) {
        return switch (slot) {
            case PEMBILANG -> i.numerator().name();
            case PENYEBUT -> i.denominator().name();
            case NILAI -> i.name();
        };
    }
}
