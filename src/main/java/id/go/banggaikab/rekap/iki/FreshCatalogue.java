package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Abbreviations;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.catalogue.UnitKind;
import id.go.banggaikab.rekap.catalogue.Upkeep;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue an installation starts from when it has none of its own yet (no katalog in config/, or a perangkat
 * daerah that asks for a new one instead of the example shipped): only the perangkat daerah itself, named as the
 * document names it (its title page, else its head's title or signature), coded by the first word of its name
 * ("BADAN"). Everything else the document proposes is new.
 */
final class FreshCatalogue {

    /** The name the catalogue says it was read from: the proposal compares with nothing that was there. */
    static final String SOURCE = "katalog baru (belum ada katalog)";
    /** The name when the document names no office: the staff write it on Unit Kerja. */
    static final String UNNAMED = "Perangkat Daerah (isi namanya)";

    private FreshCatalogue() {
    }

    static Catalogue of(IkiDocument document, Abbreviations abbreviations) {
        String office = document.office();
        String full = office == null ? UNNAMED : Naming.titleCase(office);
        String name = OfficeName.withoutRegion(full);
        String code = office == null ? "" : name.split("\\s+")[0].toUpperCase(Locale.ROOT).replaceAll("\\W", "");
        Unit root = new Unit(code.isEmpty() ? "DINAS" : code, name, UnitKind.DINAS, null, List.of(), 1.0,
                new Upkeep(null, null, null));
        return new Catalogue(full, List.of(root), List.of(), List.of(), List.of(), abbreviations, List.of())
                .from(SOURCE, List.of());
    }

    /** A new catalogue's perangkat daerah is new too: listed on Perubahan, its name marked for the staff to check. */
    static void listOffice(Catalogue catalogue, ProposalDraft draft) {
        if (!catalogue.source().equals(SOURCE)) {
            return;
        }
        Unit root = catalogue.root();
        boolean named = !catalogue.dinasName().equals(UNNAMED);
        draft.change(Change.Kind.UNIT_BARU, root.code(), null, null, root.name(), named ? "Perangkat daerah katalog"
                + " baru, namanya dari dokumen (tebakan); nama lengkapnya di atas tabel Unit Kerja: "
                + catalogue.dinasName() + "." : "Perangkat daerah katalog baru; dokumen tidak menyebut namanya: tulis"
                + " namanya pada unit " + root.code() + " dan di atas tabel Unit Kerja.");
        draft.note("unit:" + root.code(), named ? "perangkat daerah dari dokumen (judul atau tanda tangan kepalanya);"
                + " periksa nama dan kodenya" : "nama perangkat daerah belum diisi");
        draft.guessed("unit:" + root.code(), "nama");
    }
}
