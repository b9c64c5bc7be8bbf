package id.go.banggaikab.rekap.catalogue;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code config/katalog.yml}, the one file the perencanaan staff edit to change the organisation, positions
 * and indicators, with the clerks' abbreviations of {@code config/singkatan.yml} beside it, in whatever encoding the
 * editor saved it (UTF-8 with or without BOM, UTF-16, or Windows "ANSI"). Every mistake is collected with its line and the fix, and the job does not start until the file
 * is right: a recap built on a broken catalogue would be worse than none.
 */
public final class CatalogueLoader {

    private CatalogueLoader() {
    }

    /**
     * The catalogue of a config folder: {@code katalog.xlsx} when it is there (the staff's Excel catalogue wins, and
     * a katalog.yml beside it is said to be ignored), else {@code katalog.yml}.
     */
    public static Catalogue loadFrom(Path configDir) {
        Path workbook = configDir.resolve(CatalogueWorkbookWriter.FILE);
        if (!Files.isRegularFile(workbook)) {
            return load(configDir.resolve(Catalogue.DEFAULT_SOURCE));
        }
        List<String> notes = Files.exists(configDir.resolve(Catalogue.DEFAULT_SOURCE)) ? List.of(
                CatalogueWorkbookWriter.FILE + " dipakai; " + Catalogue.DEFAULT_SOURCE + " di folder yang sama"
                        + " diabaikan. Pindahkan atau hapus katalog.yml bila tidak diperlukan lagi.") : List.of();
        try (SeekableByteChannel channel = Files.newByteChannel(workbook)) {
            return CatalogueWorkbookReader.read(CatalogueWorkbookWriter.FILE, channel)
                    .from(CatalogueWorkbookWriter.FILE, notes)
                    .with(Abbreviations.load(configDir.resolve(Abbreviations.FILE)));
        } catch (IOException e) {
            throw new CatalogueException(List.of("Berkas katalog " + workbook + " tidak dapat dibaca: " + e.getMessage()
                    + ". Tutup berkasnya di Excel lalu jalankan lagi."));
        }
    }

    /** Whether a config folder holds a catalogue at all (katalog.xlsx or katalog.yml): a new installation has none. */
    public static boolean exists(Path configDir) {
        return Files.exists(configDir.resolve(CatalogueWorkbookWriter.FILE))
                || Files.exists(configDir.resolve(Catalogue.DEFAULT_SOURCE));
    }

    /** A catalogue kept as bytes with a quarter's lock, by its file name (katalog.yml or katalog.xlsx). */
    public static Catalogue load(String file, byte[] bytes, Abbreviations abbreviations) {
        if (file.endsWith(".xlsx")) {
            return CatalogueWorkbookReader.read(file, new SeekableInMemoryByteChannel(bytes)).with(abbreviations);
        }
        return load(file, YamlTrees.text(bytes), abbreviations);
    }

    public static Catalogue load(Path yaml) {
        String file = yaml.getFileName().toString();
        if (!Files.isRegularFile(yaml)) {
            throw new CatalogueException(List.of("Berkas katalog " + yaml.toAbsolutePath()
                    + " tidak ditemukan. Salin config/katalog.yml dari paket aplikasi ke folder kerja."));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(yaml);
        } catch (IOException e) {
            throw new CatalogueException(List.of("Berkas katalog " + yaml + " tidak dapat dibaca: " + e.getMessage()
                    + ". Tutup berkasnya di editor lain lalu jalankan lagi."));
        }
        return load(file, bytes, Abbreviations.load(yaml.resolveSibling(Abbreviations.FILE)));
    }

    /** A catalogue kept as text, with the abbreviations kept beside it. */
    public static Catalogue load(String file, String yaml, Abbreviations abbreviations) {
        return parse(file, yaml).with(abbreviations);
    }

    private static Catalogue parse(String file, String text) {
        Node root = YamlTrees.compose(file, text, "Periksa indentasi (spasi, bukan tab) dan tanda titik dua.");
        if (root == null) {
            throw new CatalogueException(List.of(file + ": berkas kosong."));
        }
        List<String> findings = new ArrayList<>();
        Catalogue catalogue = new CatalogueParser(file, new YamlNode(file, root, findings), findings).parse();
        if (!findings.isEmpty()) {
            throw new CatalogueException(findings);
        }
        return catalogue;
    }
}
