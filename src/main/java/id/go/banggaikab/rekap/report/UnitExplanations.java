package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.lkjip.CascadeNote;
import id.go.banggaikab.rekap.lkjip.Group;
import id.go.banggaikab.rekap.lkjip.IndicatorLine;
import id.go.banggaikab.rekap.lkjip.UnitNote;
import id.go.banggaikab.rekap.report.word.WordDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * What the units wrote about a sasaran's indicators, as they wrote it: per indicator, the words of the units that
 * report it, then those of the units beneath it in the performance tree about their own indicators (a seksi's Kendala
 * under its bidang's indicator), each unit named with the indicator. What the planner writes the causes from.
 */
public final class UnitExplanations {

    private final WordDocument word;

    UnitExplanations(WordDocument word) {
        this.word = word;
    }

    void write(List<Group> section) {
        List<IndicatorLine> noted = section.stream().flatMap(g -> g.lines().stream())
                .filter(l -> !l.notes().isEmpty() || !l.cascade().isEmpty()).toList();
        if (noted.isEmpty()) {
            word.paragraph("Catatan", "Penjelasan unit kerja: belum ada keterangan, kendala atau solusi dari formulir"
                    + " unit untuk indikator sasaran ini maupun indikator di bawahnya.");
            return;
        }
        word.lead("Normal", "Penjelasan unit kerja", " (dari formulir, apa adanya):").setKeepNext(true);
        for (IndicatorLine l : noted) {
            word.lead("Catatan", l.indicator().name() + ". ", "").setKeepNext(true);
            for (UnitNote note : l.notes()) {
                word.paragraph("Catatan", "– " + note.unitName() + " (" + LakipText.quarters(note.quarters())
                        + "): " + said(note) + ".");
            }
            if (!l.cascade().isEmpty()) {
                word.paragraph("Catatan", "Dari unit di bawahnya (pohon kinerja):").setKeepNext(true);
                for (CascadeNote c : l.cascade()) {
                    word.paragraph("Catatan", "– " + LakipText.beneath(c) + " (" + LakipText.quarters(c.note()
                            .quarters()) + "): " + said(c.note()) + ".");
                }
            }
        }
    }

    /** "Keterangan: …; Kendala: …; Solusi/rencana tindak lanjut: …", the parts the unit wrote. */
    public static String said(UnitNote note) {
        List<String> parts = new ArrayList<>();
        if (note.keterangan() != null) {
            parts.add("Keterangan: " + note.keterangan());
        }
        if (note.kendala() != null) {
            parts.add("Kendala: " + note.kendala());
        }
        if (note.solusi() != null) {
            parts.add("Solusi/rencana tindak lanjut: " + note.solusi());
        }
        return String.join("; ", parts);
    }
}
