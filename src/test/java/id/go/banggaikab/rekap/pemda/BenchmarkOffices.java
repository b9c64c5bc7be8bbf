package id.go.banggaikab.rekap.pemda;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.PemdaConfigLoader;
import id.go.banggaikab.rekap.targets.TargetWorkbook;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.contoh.SampleForms;
import id.go.banggaikab.rekap.shared.Periode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Pemda-scale workload of {@code scripts/benchmark-pemda.sh}: N offices (pd01, pd02, …), each a working folder
 * with a catalogue of its own (a dinas, three bidang, U seksi; a ratio of the Kepala Dinas and per seksi a count and a
 * percentage), its targets and U units × 4 quarters of 2026 forms; and the Pemda's folder with a pemda.yml of two IKU
 * per office and one summed over every five offices, with their targets.
 * Usage: {@code BenchmarkOffices <folder> <offices> <units>}.
 */
public final class BenchmarkOffices {

    private BenchmarkOffices() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int offices = Integer.parseInt(args[1]);
        int units = Integer.parseInt(args[2]);
        for (int o = 1; o <= offices; o++) {
            office(root.resolve(code(o)), o, units);
        }
        pemda(root.resolve("pemda"), offices);
        System.out.println(offices + " perangkat daerah x " + units + " unit x 4 triwulan ditulis ke "
                + root.toAbsolutePath());
    }

    static String code(int office) {
        return String.format(Locale.ROOT, "pd%02d", office);
    }

    private static void office(Path dir, int office, int units) throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("katalog.yml"), catalogue("Perangkat Daerah Uji " + office, units));
        Catalogue catalogue = CatalogueLoader.load(config.resolve("katalog.yml"));
        Map<String, Object[]> targets = new HashMap<>();
        for (Indicator i : catalogue.indicators()) {
            targets.put(i.code(), i.isRatio() || i.satuan().equals("%") ? new Object[] {80.0, 80.0, 80.0, 80.0, 80.0}
                    : new Object[] {40.0, 10.0, 20.0, 30.0, 40.0});
        }
        new TargetWorkbook(catalogue).write(TargetWorkbook.pathFor(config, 2026), 2026, targets, "Target uji");
        SampleForms forms = new SampleForms(catalogue);
        for (Unit unit : catalogue.reportingUnits()) {
            for (int tw = 1; tw <= 4; tw++) {
                forms.write(dir.resolve("input/2026/TW" + tw + "/" + unit.name() + ".xlsx"), unit,
                        new Periode(2026, tw), office);
            }
        }
    }

    private static String catalogue(String name, int units) {
        StringBuilder y = new StringBuilder("dinas:\n  nama: " + name + "\nunit:\n  - kode: DINAS\n    nama: " + name
                + "\n    jenis: dinas\n");
        for (int b = 1; b <= 3; b++) {
            y.append("  - kode: BID-").append(b).append("\n    nama: Bidang ").append(b)
                    .append("\n    jenis: bidang\n    induk: DINAS\n");
        }
        for (int s = 1; s <= units; s++) {
            y.append("  - kode: SEKSI-").append(s).append("\n    nama: Seksi ").append(s)
                    .append("\n    jenis: seksi\n    induk: BID-").append(s % 3 + 1).append('\n');
        }
        y.append("jabatan:\n").append(position("KADIS", "Kepala Dinas", "DINAS"));
        for (int b = 1; b <= 3; b++) {
            y.append(position("KABID-" + b, "Kepala Bidang " + b, "BID-" + b));
        }
        for (int s = 1; s <= units; s++) {
            y.append(position("KASI-" + s, "Kepala Seksi " + s, "SEKSI-" + s));
        }
        y.append("indikator:\n  - kode: KADIS-01\n    jabatan: KADIS\n    tingkat: strategis\n    sasaran: Meningkatnya"
                + " layanan\n    nama: Persentase layanan tuntas\n    satuan: \"%\"\n    jenis: rasio\n    pembilang:"
                + " {nama: layanan tuntas, akumulasi: jumlah}\n    penyebut: {nama: layanan, akumulasi: jumlah}\n"
                + "    pelapor: [SEKSI-1]\n");
        for (int s = 1; s <= units; s++) {
            y.append("  - kode: KASI-").append(s).append("-01\n    jabatan: KASI-").append(s)
                    .append("\n    sasaran: Terlaksananya kegiatan seksi ").append(s)
                    .append("\n    nama: Jumlah kegiatan seksi ").append(s)
                    .append("\n    satuan: Kegiatan\n    jenis: jumlah\n    akumulasi: jumlah\n");
            y.append("  - kode: KASI-").append(s).append("-02\n    jabatan: KASI-").append(s)
                    .append("\n    sasaran: Tertibnya administrasi seksi ").append(s)
                    .append("\n    nama: Persentase dokumen tertib seksi ").append(s)
                    .append("\n    satuan: \"%\"\n    jenis: nilai\n    akumulasi: terakhir\n");
        }
        return y.toString();
    }

    private static String position(String code, String name, String unit) {
        return "  - kode: " + code + "\n    nama: " + name + "\n    unit: " + unit + "\n    kepala: true\n"
                + "    pemegang: {nama: Pejabat Uji, nip: \"19700101 199803 1 001\"}\n";
    }

    private static void pemda(Path dir, int offices) throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        StringBuilder y = new StringBuilder("pemda:\n  nama: Pemerintah Kabupaten Uji\nperangkat_daerah:\n");
        for (int o = 1; o <= offices; o++) {
            y.append("  - kode: ").append(code(o)).append("\n    nama: Perangkat Daerah Uji ").append(o).append('\n');
        }
        y.append("iku:\n");
        Map<String, Object[]> targets = new HashMap<>();
        for (int o = 1; o <= offices; o++) {
            y.append("  - kode: IKU-").append(code(o)).append("-A\n    nama: Persentase layanan tuntas ")
                    .append(code(o)).append("\n    satuan: \"%\"\n    dari: ").append(code(o))
                    .append(":KADIS-01\n    sasaran: Meningkatnya layanan publik\n");
            y.append("  - kode: IKU-").append(code(o)).append("-B\n    nama: Kegiatan seksi 1 ").append(code(o))
                    .append("\n    satuan: Kegiatan\n    dari: ").append(code(o))
                    .append(":KASI-1-01\n    sasaran: Meningkatnya kegiatan\n");
            targets.put("IKU-" + code(o) + "-A", new Object[] {80.0, 80.0, 80.0, 80.0, 80.0});
            targets.put("IKU-" + code(o) + "-B", new Object[] {40.0, 10.0, 20.0, 30.0, 40.0});
        }
        for (int g = 1; g + 4 <= offices; g += 5) {
            StringBuilder formula = new StringBuilder();
            for (int o = g; o < g + 5; o++) {
                formula.append(o == g ? "" : " + ").append('{').append(code(o)).append(":KASI-2-01}");
            }
            y.append("  - kode: IKU-GABUNG-").append(g).append("\n    nama: Kegiatan seksi 2 perangkat daerah ")
                    .append(g).append(" s.d. ").append(g + 4).append("\n    satuan: Kegiatan\n    dari: \"")
                    .append(formula).append("\"\n    sasaran: Meningkatnya kegiatan\n");
            targets.put("IKU-GABUNG-" + g, new Object[] {200.0, 50.0, 100.0, 150.0, 200.0});
        }
        Files.writeString(config.resolve(PemdaConfigLoader.FILE), y.toString());
        new TargetWorkbook(PemdaConfigLoader.load(config.resolve(PemdaConfigLoader.FILE)).asCatalogue())
                .write(PemdaTargets.pathFor(config, 2026), 2026, targets, "Target uji");
    }
}
