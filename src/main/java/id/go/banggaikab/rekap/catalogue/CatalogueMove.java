package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.shared.BadSetting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Moves an installation's catalogue from katalog.yml to katalog.xlsx in one step: the YAML written as the workbook,
 * the comments inside its entries carried into their Keputusan column, never over a workbook that is already there.
 * The workbook is read back before the move counts: it must give the very catalogue the YAML gives, or it is removed
 * again and the move fails, so that the recap after the move is the recap before it.
 */
public final class CatalogueMove {

    /** What was written. */
    public record Moved(Path workbook, int units, int positions, int indicators, int rules) {
    }

    private CatalogueMove() {
    }

    public static Moved toWorkbook(Path configDir) throws IOException {
        Path yaml = configDir.resolve(Catalogue.DEFAULT_SOURCE);
        Path workbook = configDir.resolve(CatalogueWorkbookWriter.FILE);
        if (Files.exists(workbook)) {
            throw new BadSetting(workbook + " sudah ada dan tidak ditimpa. Katalog yang dipakai sudah katalog.xlsx;"
                    + " untuk membuatnya ulang dari katalog.yml, pindahkan dulu katalog.xlsx yang ada");
        }
        if (!Files.isRegularFile(yaml)) {
            throw new BadSetting(yaml + " tidak ada; tidak ada katalog YAML yang dapat ditulis sebagai Excel");
        }
        Catalogue catalogue = CatalogueLoader.load(yaml);
        Catalogue kept = withComments(catalogue, YamlComments.of(Files.readString(yaml, StandardCharsets.UTF_8)));
        new CatalogueWorkbookWriter(kept).write(workbook, "KATALOG INDIKATOR KINERJA");
        Catalogue back;
        try {
            back = CatalogueLoader.loadFrom(configDir);
        } catch (CatalogueException e) {
            Files.deleteIfExists(workbook);
            throw e;
        }
        List<String> differences = differences(back, catalogue);
        if (!differences.isEmpty()) {
            Files.deleteIfExists(workbook);
            throw new IllegalStateException("katalog.xlsx yang ditulis tidak sama dengan katalog.yml (" + String.join(
                    "; ", differences) + "); berkas tidak disimpan. Laporkan ke pengembang.");
        }
        return new Moved(workbook, catalogue.units().size(), catalogue.positions().size(),
                catalogue.indicators().size(), catalogue.registerRules().size());
    }

    private static Catalogue withComments(Catalogue c, Map<String, String> comments) {
        List<Unit> units = c.units().stream().map(u -> new Unit(u.code(), u.name(), u.kind(), u.parentCode(),
                u.aliases(), u.weight(), decided(u.upkeep(), comments.get("unit:" + u.code())))).toList();
        List<Position> positions = c.positions().stream().map(p -> new Position(p.code(), p.name(), p.unitCode(),
                p.head(), p.holder(), p.tugas(), p.aliases(), p.weight(), p.duties(), decided(p.upkeep(),
                        comments.get("jabatan:" + p.code())))).toList();
        List<Indicator> indicators = c.indicators().stream().map(i -> new Indicator(i.code(), i.positionCode(),
                i.level(), i.sasaran(), i.wording(), i.measure(), i.sources(), i.parentCode(), i.derivation(),
                decided(i.upkeep(), comments.get("indikator:" + i.code())))).toList();
        return new Catalogue(c.dinasName(), units, positions, indicators, c.warnings(), c.abbreviations(),
                c.registerRules());
    }

    private static Upkeep decided(Upkeep upkeep, String comment) {
        if (comment == null || upkeep.decision() != null && upkeep.decision().contains(comment)) {
            return upkeep;
        }
        return upkeep.withDecision(upkeep.decision() == null ? comment : upkeep.decision() + " " + comment);
    }

    /** Where two catalogues differ in anything the recap uses (the decisions aside), in words. */
    static List<String> differences(Catalogue a, Catalogue b) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(a.dinasName(), b.dinasName())) {
            out.add("nama dinas");
        }
        compare(out, "unit", a.units().stream().map(u -> List.of(u.code(), u.name(), u.kind(), nullable(u.parentCode()),
                u.aliases(), u.weight(), years(u.upkeep()))).toList(), b.units().stream().map(u -> List.of(u.code(),
                u.name(), u.kind(), nullable(u.parentCode()), u.aliases(), u.weight(), years(u.upkeep()))).toList());
        compare(out, "jabatan", a.positions().stream().map(CatalogueMove::key).toList(),
                b.positions().stream().map(CatalogueMove::key).toList());
        compare(out, "indikator", a.indicators().stream().map(CatalogueMove::key).toList(),
                b.indicators().stream().map(CatalogueMove::key).toList());
        compare(out, "aturan register", a.registerRules().stream().map(CatalogueMove::key).toList(),
                b.registerRules().stream().map(CatalogueMove::key).toList());
        return out;
    }

    private static void compare(List<String> out, String what, List<?> a, List<?> b) {
        if (!a.equals(b)) {
            out.add(what + " berbeda");
        }
    }

    private static Object nullable(Object o) {
        return o == null ? "" : o;
    }

    private static String years(Upkeep u) {
        return u.fromYear() + "-" + u.untilYear();
    }

    private static String key(Position p) {
        return new Position(p.code(), p.name(), p.unitCode(), p.head(), p.holder(), p.tugas(), p.aliases(), p.weight(),
                p.duties(), new Upkeep(p.upkeep().fromYear(), p.upkeep().untilYear(), null)).toString();
    }

    private static String key(Indicator i) {
        return new Indicator(i.code(), i.positionCode(), i.level(), i.sasaran(), i.wording(), i.measure(), i.sources(),
                i.parentCode(), null, new Upkeep(i.upkeep().fromYear(), i.upkeep().untilYear(), null)).toString()
                + (i.derivation() == null ? "" : i.derivation().text());
    }

    private static String key(RegisterRule r) {
        return new RegisterRule(r.indicatorCode(), r.slot(), r.kind(), r.conditions(), r.sumColumn(), r.lastYear(), 0)
                .toString();
    }
}
