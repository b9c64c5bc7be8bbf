package id.go.banggaikab.rekap.catalogue;

import java.util.List;

/**
 * A jabatan: it stays when its holder changes (mutasi); its indicators belong to it. {@code tugas} is the catalogue's
 * own short summary; {@code duties} the TUGAS and FUNGSI word for word as the IKI document gives them.
 */
public record Position(String code, String name, String unitCode, boolean head, Holder holder, String tugas,
        List<String> aliases, double weight, Duties duties, Upkeep upkeep) {
    public Position {
        aliases = List.copyOf(aliases);
        duties = duties == null ? Duties.NONE : duties;
        upkeep = upkeep == null ? Upkeep.NONE : upkeep;
    }

    public Position(String code, String name, String unitCode, boolean head, Holder holder, String tugas,
            List<String> aliases, double weight) {
        this(code, name, unitCode, head, holder, tugas, aliases, weight, Duties.NONE, Upkeep.NONE);
    }
}
