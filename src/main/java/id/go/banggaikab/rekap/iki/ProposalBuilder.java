package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Duties;
import id.go.banggaikab.rekap.catalogue.Holder;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.catalogue.UnitKind;
import id.go.banggaikab.rekap.catalogue.Upkeep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the catalogue an IKI document proposes from the catalogue in force. Positions are matched by their title (or
 * an alias, the signature's title, a close title, or the holder's NIP), keep their codes and take the document's
 * holder and TUGAS/FUNGSI; positions the document no longer has stay with the last year they apply; new ones get a
 * code, a unit and what they must be checked for. Indicators are matched within each position
 * ({@link IndicatorProposal}). The document's defects are named on the entries they concern.
 */
final class ProposalBuilder {

    private final Catalogue inForce;
    private final int year;
    private final Similarity titles;
    private final ProposalDraft draft;
    private final Placement placement;

    ProposalBuilder(Catalogue inForce, int year) {
        this.inForce = inForce;
        this.year = year;
        this.titles = new Similarity(inForce.abbreviations().positions());
        this.draft = new ProposalDraft(inForce, year);
        this.placement = new Placement(inForce, new Similarity(inForce.abbreviations().units()), year);
    }

    Proposal build(IkiDocument document) {
        List<DocumentFindings.Finding> findings = new DocumentFindings(titles).of(document);
        Map<DocPosition, Position> matched = new PositionMatching(titles, this::active).match(document.positions(),
                inForce.positions());
        Map<Integer, String> codes = new LinkedHashMap<>();
        String lastHead = null;
        String lastBidang = null;
        for (DocPosition p : document.positions()) {
            Position cat = matched.get(p);
            String code = cat != null ? updated(p, cat) : added(p, lastHead, lastBidang);
            codes.put(p.number(), code);
            Position now = draft.positions.get(code);
            if (now.head()) {
                lastHead = now.unitCode();
                if (kind(now.unitCode()) == UnitKind.BIDANG) {
                    lastBidang = now.unitCode();
                }
            }
        }
        Set<Position> kept = new LinkedHashSet<>(matched.values());
        for (Position p : inForce.positions()) {
            if (active(p) && !kept.contains(p)) {
                retired(p);
            }
        }
        IndicatorProposal indicators = new IndicatorProposal(draft, new Similarity(inForce.abbreviations()
                .indicators()), placement);
        indicators.run(document.positions(), codes);
        List<DocumentFindings.Finding> placed = new ArrayList<>();
        for (DocumentFindings.Finding f : findings) {
            DocPosition p = document.positions().get(f.position() - 1);
            String code = f.row() < 0 ? codes.get(f.position()) : indicators.codes().get(p.rows().get(f.row()));
            String decision = f.row() < 0 ? draft.positions.get(code).upkeep().decision()
                    : draft.indicators.get(code).upkeep().decision();
            DocumentFindings.Finding placedFinding = f.concerning(code, decision);
            placed.add(placedFinding);
            if (!placedFinding.decided()) { // a defect the staff decided on is not marked again at every import
                draft.note((f.row() < 0 ? "jabatan:" : "indikator:") + code, "dokumen: " + f.text());
            }
        }
        Catalogue catalogue = draft.catalogue(placement.added());
        FreshCatalogue.listOffice(inForce, draft);
        for (Unit u : placement.added()) {
            draft.change(Change.Kind.UNIT_BARU, u.code(), null, null, u.name(), "Induk " + u.parentCode()
                    + " (tebakan), berlaku mulai " + year + ".");
            draft.note("unit:" + u.code(), "unit baru dari judul jabatan; periksa nama, jenis dan induknya");
            draft.guessed("unit:" + u.code(), "nama", "induk");
        }
        List<Change> changes = new ArrayList<>(draft.changes);
        changes.sort(Comparator.comparing(Change::kind)); // positions first, then indicators; document order within
        return new Proposal(catalogue, draft.marks(), changes, placed, year, document, inForce.source());
    }

    private boolean active(Position p) {
        return p.upkeep().untilYear() == null || p.upkeep().untilYear() >= year;
    }

    private UnitKind kind(String unitCode) {
        return inForce.unit(unitCode).map(Unit::kind).orElseGet(() -> placement.added().stream()
                .filter(u -> u.code().equals(unitCode)).map(Unit::kind).findFirst().orElse(UnitKind.SEKSI));
    }

    private static String digits(String nip) {
        return nip.replaceAll("\\D", "");
    }

    private String updated(DocPosition d, Position p) {
        String entry = "jabatan:" + p.code();
        String name = p.name();
        List<String> aliases = new ArrayList<>(p.aliases());
        boolean sameTitle = titles.same(d.title(), p.name()) || p.aliases().stream().anyMatch(a -> titles.same(
                d.title(), a)) || d.signatureTitle() != null && titles.same(d.signatureTitle(), p.name());
        if (!sameTitle) {
            name = Naming.titleCase(d.title());
            aliases.add(p.name());
            boolean byNip = titles.alike(PositionMatching.bare(titles, d.title()), PositionMatching.bare(titles,
                    p.name())) < PositionMatching.CLOSE;
            draft.change(Change.Kind.NAMA_JABATAN, p.code(), name, p.name(), name, "Kode " + p.code() + " tetap; nama"
                    + " lama menjadi alias." + (byNip ? " Dicocokkan lewat NIP pemegangnya: bila ini jabatan lain,"
                            + " jadikan jabatan baru." : ""));
            draft.note(entry, "nama jabatan berubah; lihat lembar Perubahan");
        }
        Holder holder = holder(d, p, name);
        Duties duties = new Duties(d.tugas(), d.fungsi());
        if (!titles.key(String.join(" ", duties.tugas())).equals(titles.key(String.join(" ", p.duties().tugas())))
                || !titles.key(String.join(" ", duties.fungsi())).equals(titles.key(String.join(" ",
                        p.duties().fungsi())))) {
            draft.change(Change.Kind.TUGAS_FUNGSI, p.code(), name, summary(p.duties()), summary(duties),
                    "Tugas dan fungsi diganti kata demi kata dengan yang di dokumen.");
        }
        draft.position(new Position(p.code(), name, p.unitCode(), p.head(), holder, p.tugas(), aliases, p.weight(),
                duties, p.upkeep()));
        return p.code();
    }

    /** The document's holder; a change of NIP or of name is a mutasi, a spelling or a NIP set right. */
    private Holder holder(DocPosition d, Position p, String name) {
        Holder now = p.holder();
        if (d.nip() == null && d.holderName() == null) {
            return now;
        }
        String nip = d.nip() != null ? d.nip() : now.nip();
        String holderName = d.holderName() != null ? d.holderName() : now.name();
        boolean nipChanged = now.nip() != null && d.nip() != null && !digits(now.nip()).equals(digits(d.nip()));
        boolean nameChanged = now.name() != null && d.holderName() != null && !titles.same(now.name(), d.holderName());
        if (nipChanged && nameChanged) {
            draft.change(Change.Kind.MUTASI, p.code(), name, now.name() + " (NIP " + now.nip() + ")", holderName
                    + " (NIP " + nip + ")", "Jabatan dan indikatornya tetap; pemegangnya berganti.");
        } else if (nipChanged || nameChanged) {
            draft.change(Change.Kind.PEMEGANG, p.code(), name, now.name() + " (NIP " + now.nip() + ")", holderName
                    + " (NIP " + nip + ")", nipChanged ? "NIP berbeda dengan nama yang sama: salah tulis atau"
                            + " mutasi? Periksa." : d.nip() == null ? "Nama berbeda dan dokumen tidak menulis NIP:"
                                    + " mutasi? Isi NIP pemegang baru di lembar Jabatan."
                                    : "Penulisan nama berbeda, NIP sama.");
        }
        return new Holder(holderName, nip);
    }

    private String added(DocPosition d, String lastHead, String lastBidang) {
        String key = titles.key(d.title());
        String code = Naming.positionCode(key, draft.taken());
        Placement.Guess<String> unit = placement.unitOf(d.title(), lastHead, lastBidang);
        String spelled = Naming.spelled(key);
        boolean head = spelled.startsWith("kepala") || spelled.startsWith("sekretaris")
                || Placement.OFFICE_HEAD.matcher(spelled).matches();
        String name = Naming.titleCase(d.title());
        draft.position(new Position(code, name, unit.value(), head, new Holder(d.holderName(), d.nip()), null,
                List.of(), 1.0, new Duties(d.tugas(), d.fungsi()), new Upkeep(year, null, null)));
        String entry = "jabatan:" + code;
        draft.change(Change.Kind.JABATAN_BARU, code, name, null, d.title() + (d.holderName() == null ? ""
                : " — " + d.holderName()), "Kode baru " + code + ", berlaku mulai " + year + "; " + unit.reason()
                        + ".");
        draft.note(entry, "jabatan baru: " + unit.reason() + "; isi Ringkasan Tugas");
        draft.guessed(entry, "unit", "kepala");
        return code;
    }

    private void retired(Position p) {
        int last = year - 1;
        Integer until = p.upkeep().untilYear() == null ? last : Math.min(p.upkeep().untilYear(), last);
        draft.position(new Position(p.code(), p.name(), p.unitCode(), p.head(), p.holder(), p.tugas(), p.aliases(),
                p.weight(), p.duties(), p.upkeep().until(until)));
        List<String> own = inForce.indicatorsOf(p.code()).stream().map(i -> i.code()).toList();
        draft.change(Change.Kind.JABATAN_DIHAPUS, p.code(), p.name(), p.name() + " — " + p.holder().name(), null,
                "Tidak ada di dokumen. Tidak dihapus dari katalog: Berlaku Sampai " + until + " (juga indikatornya"
                        + (own.isEmpty() ? "" : " " + String.join(", ", own)) + "), sehingga tetap tampil di rekap"
                        + " tahun " + until + " dan sebelumnya.");
    }

    private static String summary(Duties d) {
        return d.tugas().size() + " butir tugas, " + d.fungsi().size() + " butir fungsi"
                + (d.tugas().isEmpty() ? "" : ": " + cut(d.tugas().get(0)));
    }

    private static String cut(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }
}
