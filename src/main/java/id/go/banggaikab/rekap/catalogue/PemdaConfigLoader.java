package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.shared.PerangkatDaerah;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code config/pemda.yml} with the catalogue's YAML reader: every mistake with its line and the fix, all at
 * once, and the Pemda's recap does not start until the file is right (exit 2). An IKU's {@code dari} is checked
 * against the offices listed; whether each office's indicator exists is only known when its recap is read.
 */
public final class PemdaConfigLoader {

    /** The file's name in the config folder. */
    public static final String FILE = "pemda.yml";

    private static final Pattern REFERENCE = Pattern.compile("[^:{}\\s]+:[^:{}\\s]+");
    private static final Set<String> OFFICE_KEYS = Set.of("kode", "nama");
    private static final Set<String> IKU_KEYS = Set.of("kode", "nama", "satuan", "dari", "polaritas", "sasaran",
            "jenis");
    private static final String EXAMPLE = "Contoh: \"diskop:KADIS-01\" atau \"{diskop:KADIS-01} + {dinkes:IKD-03}\"";

    private PemdaConfigLoader() {
    }

    public static PemdaConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new PemdaConfigException(List.of("Berkas " + file.toAbsolutePath() + " tidak ditemukan. Buat "
                    + FILE + " di folder config Pemda (contoh di README, bagian Pemda)."));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PemdaConfigException(List.of("Berkas " + file + " tidak dapat dibaca: " + e.getMessage()
                    + ". Tutup berkasnya di editor lain lalu jalankan lagi."));
        }
        return parse(file.getFileName().toString(), YamlTrees.text(bytes));
    }

    /** As {@link #load(Path)}, from the file's text. */
    public static PemdaConfig parse(String file, String yaml) {
        Node root;
        try {
            root = YamlTrees.compose(file, yaml, "Periksa indentasi (spasi, bukan tab), tanda titik dua, dan beri"
                    + " tanda petik pada teks yang memuat : % atau {.");
        } catch (PemdaConfigException e) {
            throw e;
        } catch (CatalogueException e) {
            throw new PemdaConfigException(e.findings());
        }
        if (root == null) {
            throw new PemdaConfigException(List.of(file + ": berkas kosong."));
        }
        List<String> findings = new ArrayList<>();
        YamlNode top = new YamlNode(file, root, findings);
        YamlNode pemda = top.child("pemda");
        String name = pemda == null ? null : pemda.required("nama", "nama pemerintah daerah, mis. Pemerintah"
                + " Kabupaten Banggai");
        if (pemda == null) {
            findings.add(file + " baris 1: bagian \"pemda:\" dengan \"nama:\" belum ada.");
        }
        List<PemdaConfig.Office> offices = offices(top, findings);
        List<PemdaConfig.Iku> ikus = ikus(top, offices, findings);
        if (!findings.isEmpty()) {
            throw new PemdaConfigException(findings);
        }
        return new PemdaConfig(name, offices, ikus);
    }

    private static List<PemdaConfig.Office> offices(YamlNode top, List<String> findings) {
        List<PemdaConfig.Office> out = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        List<YamlNode> items = top.list("perangkat_daerah");
        if (items.isEmpty()) {
            findings.add(top.where() + ": daftar \"perangkat_daerah:\" belum ada atau kosong. Tulis setiap perangkat"
                    + " daerah sebagai \"- kode: diskop\" dengan \"nama:\" di bawahnya.");
        }
        for (YamlNode n : items) {
            unknownKeys(n, OFFICE_KEYS, findings);
            String code = n.required("kode", "kode perangkat daerah, sama dengan rekap.perangkat-daerah instalasinya");
            String name = n.required("nama", "nama perangkat daerah, mis. Dinas Koperasi dan UKM");
            if (code == null) {
                continue;
            }
            if (!PerangkatDaerah.valid(code)) {
                findings.add(n.where("kode") + ": kode \"" + code + "\" tidak dapat dipakai: tulis huruf kecil, angka"
                        + " atau garis bawah, diawali huruf, 2 sampai 30 tanda, sama dengan rekap.perangkat-daerah"
                        + " instalasinya (mis. diskop).");
            } else if (lines.putIfAbsent(code, n.line()) != null) {
                findings.add(n.where("kode") + ": kode \"" + code + "\" sudah dipakai di baris " + lines.get(code)
                        + ". Setiap perangkat daerah ditulis sekali.");
            } else {
                out.add(new PemdaConfig.Office(code, name));
            }
        }
        return out;
    }

    private static List<PemdaConfig.Iku> ikus(YamlNode top, List<PemdaConfig.Office> offices, List<String> findings) {
        List<PemdaConfig.Iku> out = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        List<YamlNode> items = top.list("iku");
        if (items.isEmpty()) {
            findings.add(top.where() + ": daftar \"iku:\" belum ada atau kosong. Tulis setiap IKU sebagai \"- kode:"
                    + " IKU-01\" dengan nama:, satuan: dan dari:.");
        }
        for (YamlNode n : items) {
            unknownKeys(n, IKU_KEYS, findings);
            String code = n.required("kode", "kode IKU, mis. IKU-07");
            String name = n.required("nama", "nama IKU");
            String satuan = n.required("satuan", "satuan, mis. \"%\" (dengan tanda kutip) atau Koperasi");
            String from = n.required("dari", "indikator perangkat daerah asalnya. " + EXAMPLE);
            Polarity polarity = n.choice("polaritas", Polarity.class, Polarity.NAIK);
            String kind = n.text("jenis");
            boolean predikat = "predikat".equalsIgnoreCase(kind);
            if (kind != null && !predikat && !"nilai".equalsIgnoreCase(kind)) {
                findings.add(n.where("jenis") + ": \"jenis\" bernilai \"" + kind + "\"; pilih nilai atau predikat.");
            }
            if (code != null && lines.putIfAbsent(code, n.line()) != null) {
                findings.add(n.where("kode") + ": kode IKU \"" + code + "\" sudah dipakai di baris " + lines.get(code)
                        + ". Beri kode lain; kode harus unik.");
                continue;
            }
            PemdaConfig.Iku iku = from == null ? null : iku(n, code, name, satuan, from, polarity, predikat, offices,
                    findings);
            if (iku != null && code != null && name != null && satuan != null) {
                out.add(iku);
            }
        }
        return out;
    }

    private static PemdaConfig.Iku iku(YamlNode n, String code, String name, String satuan, String from,
            Polarity polarity, boolean predikat, List<PemdaConfig.Office> offices, List<String> findings) {
        boolean lone = REFERENCE.matcher(from.strip()).matches()
                || from.strip().startsWith("{") && from.strip().endsWith("}")
                        && REFERENCE.matcher(from.strip().substring(1, from.strip().length() - 1).strip()).matches();
        if (!from.contains("{") && !lone) {
            findings.add(n.where("dari") + ": \"" + from + "\" harus ditulis <kode perangkat daerah>:<kode indikator>,"
                    + " atau rumus dengan kode seperti itu dalam {…}. " + EXAMPLE + ".");
            return null;
        }
        Derivation derivation;
        try {
            derivation = Derivation.parse(REFERENCE.matcher(from.strip()).matches() ? "{" + from.strip() + "}" : from);
        } catch (IllegalArgumentException e) {
            findings.add(n.where("dari") + ": \"" + from + "\" tidak dapat dibaca: " + e.getMessage() + ". " + EXAMPLE
                    + ".");
            return null;
        }
        int before = findings.size();
        if (derivation.references().isEmpty()) {
            findings.add(n.where("dari") + ": \"" + from + "\" tidak menyebut indikator perangkat daerah mana pun. "
                    + EXAMPLE + ".");
        }
        for (String ref : derivation.references()) {
            if (!REFERENCE.matcher(ref).matches()) {
                findings.add(n.where("dari") + ": \"" + ref + "\" harus ditulis <kode perangkat daerah>:<kode"
                        + " indikator>. " + EXAMPLE + ".");
            } else if (offices.stream().noneMatch(o -> o.code().equals(PemdaConfig.Reference.parse(ref).office()))) {
                findings.add(n.where("dari") + ": perangkat daerah \"" + PemdaConfig.Reference.parse(ref).office()
                        + "\" tidak ada di daftar perangkat_daerah. Tambahkan, atau perbaiki kodenya.");
            }
        }
        if (predikat && !lone) {
            findings.add(n.where("dari") + ": IKU predikat hanya dapat diambil dari satu indikator (huruf tidak dapat"
                    + " dihitung dengan rumus).");
        }
        return findings.size() > before ? null : new PemdaConfig.Iku(code, name, satuan, from.strip(), derivation,
                lone, polarity, n.text("sasaran"), predikat);
    }

    private static void unknownKeys(YamlNode n, Set<String> known, List<String> findings) {
        for (String key : n.keys()) {
            if (!known.contains(key)) {
                findings.add(n.where(key) + ": kunci \"" + key + "\" tidak dikenal; yang dikenal: "
                        + String.join(", ", known.stream().sorted().toList()) + ".");
            }
        }
    }
}
