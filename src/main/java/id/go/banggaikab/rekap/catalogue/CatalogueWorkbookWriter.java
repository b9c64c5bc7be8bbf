package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.catalogue.CatalogueLayout.Sheet;
import id.go.banggaikab.rekap.catalogue.CatalogueSheetWriter.Line;
import id.go.banggaikab.rekap.output.OutputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a catalogue as the workbook the staff keep in Excel ({@code config/katalog.xlsx}): Petunjuk, Unit Kerja,
 * Jabatan, Tugas dan Fungsi, Indikator and Aturan Register, every field of katalog.yml in a column of its own, so
 * that reading the workbook back gives the very same catalogue. A proposal from an IKI document adds what the staff
 * must still check ({@link Marks}).
 */
public final class CatalogueWorkbookWriter {

    /** The workbook's file name beside katalog.yml. */
    public static final String FILE = CatalogueLayout.FILE;

    /**
     * What the staff must still check: a note per entry ("jabatan:KODE", "indikator:KODE", "unit:KODE") and, per
     * entry, the keys of katalog.yml whose values were guessed (tinted in the workbook).
     */
    public record Marks(Map<String, String> notes, Map<String, Set<String>> guessed) {
        public static final Marks NONE = new Marks(Map.of(), Map.of());

        String note(String entry) {
            return notes.get(entry);
        }

        Set<String> guessedIn(String entry) {
            return guessed.getOrDefault(entry, Set.of());
        }
    }

    private final Catalogue catalogue;

    public CatalogueWorkbookWriter(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The workbook, sheets in the order the staff need them; the caller may add sheets and writes it. */
    public XSSFWorkbook build(String heading, Marks marks) {
        XSSFWorkbook wb = new XSSFWorkbook();
        CatalogueSheetWriter sheets = new CatalogueSheetWriter(wb);
        new CatalogueGuide(wb).write(heading);
        boolean review = !marks.notes().isEmpty();
        sheets.write(Sheet.UNIT, heading + " — Unit Kerja", List.<String[]>of(new String[] {
            CatalogueLayout.DINAS_LABEL, catalogue.dinasName()}), units(marks), review);
        sheets.write(Sheet.JABATAN, heading + " — Jabatan", List.of(), positions(marks), review);
        sheets.write(Sheet.TUGAS_FUNGSI, heading + " — Tugas dan Fungsi", List.of(), duties(), false);
        sheets.write(Sheet.INDIKATOR, heading + " — Indikator", List.of(), indicators(marks), review);
        sheets.write(Sheet.REGISTER, heading + " — Aturan Register", List.of(), CatalogueRegisterRows.of(catalogue),
                false);
        return wb;
    }

    /** Writes the workbook to {@code file} as every output is written (a temporary name, then moved). */
    public void write(Path file, String heading) throws IOException {
        try (XSSFWorkbook wb = build(heading, Marks.NONE)) {
            OutputFiles.writeAtomically(file, wb::write);
        }
    }

    private List<Line> units(Marks marks) {
        List<Line> out = new ArrayList<>();
        for (Unit u : catalogue.units()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("kode", u.code());
            v.put("nama", u.name());
            v.put("jenis", word(u.kind()));
            v.put("induk", u.parentCode());
            v.put("alias", String.join(CatalogueLayout.LIST_SEPARATOR, u.aliases()));
            v.put("bobot", u.weight());
            upkeep(v, u.upkeep());
            out.add(new Line(v, marks.note("unit:" + u.code()), marks.guessedIn("unit:" + u.code())));
        }
        return out;
    }

    private List<Line> positions(Marks marks) {
        List<Line> out = new ArrayList<>();
        for (Position p : catalogue.positions()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("kode", p.code());
            v.put("nama", p.name());
            v.put("unit", p.unitCode());
            v.put("kepala", p.head() ? "Ya" : "Tidak");
            v.put("pemegang.nama", p.holder().name());
            v.put("pemegang.nip", p.holder().nip());
            v.put("bobot", p.weight());
            v.put("alias", String.join(CatalogueLayout.LIST_SEPARATOR, p.aliases()));
            v.put("tugas", p.tugas());
            upkeep(v, p.upkeep());
            out.add(new Line(v, marks.note("jabatan:" + p.code()), marks.guessedIn("jabatan:" + p.code())));
        }
        return out;
    }

    private List<Line> duties() {
        List<Line> out = new ArrayList<>();
        for (Position p : catalogue.positions()) {
            for (String t : p.duties().tugas()) {
                out.add(duty(p, "Tugas", t));
            }
            for (String f : p.duties().fungsi()) {
                out.add(duty(p, "Fungsi", f));
            }
        }
        return out;
    }

    private static Line duty(Position p, String part, String text) {
        return new Line(Map.of("jabatan", p.code(), "nama_jabatan", p.name(), "bagian", part, "uraian", text), null,
                Set.of());
    }

    private List<Line> indicators(Marks marks) {
        List<Line> out = new ArrayList<>();
        for (Indicator i : catalogue.indicators()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("kode", i.code());
            v.put("jabatan", i.positionCode());
            v.put("tingkat", word(i.level()));
            v.put("sasaran", i.sasaran());
            v.put("nama", i.name());
            v.put("alias", String.join(CatalogueLayout.LIST_SEPARATOR, i.aliases()));
            v.put("formula", i.formula());
            v.put("satuan", i.satuan());
            v.put("jenis", word(i.kind()));
            if (!i.isRatio() || i.accumulation() != Accumulation.JUMLAH) {
                v.put("akumulasi", word(i.accumulation()));
            }
            if (i.isRatio() || i.max100()) {
                v.put("maks_100", i.max100() ? "Ya" : "Tidak");
            }
            part(v, "pembilang", i.numerator());
            part(v, "penyebut", i.denominator());
            v.put("polaritas", word(i.polarity()));
            v.put("pelapor", String.join(", ", i.reporters()));
            if (!i.reporters().isEmpty()) {
                v.put("gabung", word(i.combine()));
            }
            v.put("induk", i.parentCode());
            v.put("sumber_data", i.sourceText());
            v.put("turunan", i.derivation() == null ? null : i.derivation().text());
            upkeep(v, i.upkeep());
            out.add(new Line(v, marks.note("indikator:" + i.code()), marks.guessedIn("indikator:" + i.code())));
        }
        return out;
    }

    private static void part(Map<String, Object> v, String key, Part part) {
        if (part != null) {
            v.put(key + ".nama", part.name());
            v.put(key + ".akumulasi", word(part.accumulation()));
        }
    }

    private static void upkeep(Map<String, Object> v, Upkeep upkeep) {
        v.put("berlaku_mulai", upkeep.fromYear());
        v.put("berlaku_sampai", upkeep.untilYear());
        v.put("keputusan", upkeep.decision());
    }

    /** An enum as the drop-down lists write it: "rasio pertumbuhan", "sub bagian". */
    static String word(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
