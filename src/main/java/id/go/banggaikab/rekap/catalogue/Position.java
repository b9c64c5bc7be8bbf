package id.go.banggaikab.rekap.catalogue;

import java.util.List;

/** A jabatan: it stays when its holder changes (mutasi); its indicators belong to it. */
public record Position(String code, String name, String unitCode, boolean head, Holder holder, String tugas,
        List<String> aliases, double weight) {
    public Position {
        aliases = List.copyOf(aliases);
    }
}
