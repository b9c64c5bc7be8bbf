package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The "Petunjuk" sheet: how to fill the form, in plain Bahasa Indonesia, for a clerk who has never seen it. It is
 * written as numbered sentences in one column on purpose: the reader looks for a table on every visible sheet, and
 * sentences never form a header row with an indicator and a realisation column.
 */
final class InstructionsSheet {

    static final String NAME = "Petunjuk";
    private static final int TEXT_WIDTH = 110;

    private InstructionsSheet() {
    }

    static void write(XSSFWorkbook workbook, SheetStyles styles, Unit unit, Periode periode, List<Indicator> rows,
            boolean sample) {
        write(workbook, styles, unit, periode, rows, sample, List.of());
    }

    /** With {@code counted}: a sentence per indicator part this form does not ask for, being counted from a register. */
    static void write(XSSFWorkbook workbook, SheetStyles styles, Unit unit, Periode periode, List<Indicator> rows,
            boolean sample, List<String> counted) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        sheet.setColumnWidth(0, 5 * 256);
        sheet.setColumnWidth(1, TEXT_WIDTH * 256);
        SheetWriting.text(sheet, 0, 1, "PETUNJUK PENGISIAN FORMULIR REALISASI " + periode.longLabel().toUpperCase(java.util.Locale.ROOT),
                styles.section);
        SheetWriting.text(sheet, 1, 1, unit.name(), styles.label);
        if (sample) {
            SheetWriting.sampleBanner(sheet, styles, 2, 1);
        }
        int r = 3;
        int no = 1;
        for (String line : steps(periode)) {
            SheetWriting.text(sheet, r, 0, no++ + ".", styles.label);
            SheetWriting.text(sheet, r, 1, line, styles.note);
            SheetWriting.height(sheet, r, SheetWriting.lines(line, TEXT_WIDTH));
            r++;
        }
        List<Indicator> ratios = rows.stream().filter(Indicator::isRatio).toList();
        if (!ratios.isEmpty()) {
            r++;
            SheetWriting.text(sheet, r++, 1, "Arti pembilang dan penyebut pada formulir ini", styles.section);
            for (Indicator i : ratios) {
                String line = i.code() + " " + i.name() + "\n    pembilang = " + i.numerator().name()
                        + "\n    penyebut = " + i.denominator().name();
                SheetWriting.text(sheet, r, 1, line, styles.note);
                SheetWriting.height(sheet, r, SheetWriting.lines(line, TEXT_WIDTH));
                r++;
            }
        }
        if (!counted.isEmpty()) {
            r++;
            SheetWriting.text(sheet, r++, 1, "Yang dihitung dari register (sel abu-abu, tidak perlu diisi)",
                    styles.section);
            String intro = "Angka berikut dihitung sendiri oleh aplikasi dari register yang disimpan dinas (Data"
                    + " Keragaan Koperasi, daftar usaha mikro binaan) di folder register. Selnya abu-abu dan dikunci."
                    + " Bila angka diketik juga, angka register yang dipakai dan perbedaannya dicatat di rekap.";
            SheetWriting.text(sheet, r, 1, intro, styles.note);
            SheetWriting.height(sheet, r, SheetWriting.lines(intro, TEXT_WIDTH));
            r++;
            for (String line : counted) {
                SheetWriting.text(sheet, r, 1, line, styles.note);
                SheetWriting.height(sheet, r, SheetWriting.lines(line, TEXT_WIDTH));
                r++;
            }
        }
        sheet.enableLocking();
        SheetWriting.printSetup(sheet, -1, 1, r);
        sheet.getPrintSetup().setLandscape(false);
    }

    static List<String> steps(Periode periode) {
        List<String> s = new ArrayList<>();
        s.add("Isi hanya sel berlatar kuning di lembar Realisasi. Sel lain dikunci supaya susunan formulir tetap "
                + "sama dan dapat dibaca oleh aplikasi rekap.");
        s.add("Kolom Realisasi diisi dengan capaian " + periode.label() + " saja (triwulan ini), bukan jumlah sejak "
                + "awal tahun. Kolom target " + periode.label() + " memang kumulatif, hanya sebagai pembanding.");
        s.add("Angka boleh diketik dengan koma desimal (12,5) dan titik ribuan (1.250). Jangan menambahkan satuan, "
                + "tanda % atau kata lain di sel angka.");
        s.add("Sel yang dibiarkan kosong berarti belum atau tidak dilaporkan. Angka 0 adalah nilai: isi 0 bila "
                + "realisasinya memang nol.");
        s.add("Untuk indikator persentase (rasio), isi Pembilang dan Penyebut. Realisasi (%) dihitung otomatis dan "
                + "tidak perlu diketik. Arti pembilang dan penyebut tiap indikator ada di bawah petunjuk ini.");
        s.add("Untuk indikator predikat, pilih nilainya dari daftar di sel Realisasi: AA, A, BB, B, CC, C atau D.");
        s.add("Keterangan diisi penjelasan singkat bila perlu (misalnya sebab realisasi rendah). Bukti diisi nama "
                + "dokumen atau tautan data dukung.");
        s.add("Kolom TW lalu (bila ada) menunjukkan isian triwulan sebelumnya, hanya untuk pembanding.");
        s.add("Jangan mengganti nama lembar Realisasi, jangan mengubah judul kolom, Kode, Unit Kerja, Tahun atau "
                + "Triwulan, dan jangan menyisipkan atau menghapus baris dan kolom.");
        s.add("Setelah selesai, simpan sebagai Buku Kerja Excel (.xlsx) tanpa kata sandi, lalu letakkan berkasnya di "
                + "folder bersama yang ditentukan Sub Bagian Perencanaan, Evaluasi dan Keuangan. Nama berkas boleh "
                + "tetap seperti aslinya.");
        s.add("Bila ada perbaikan, kirim ulang berkas yang sudah diperbaiki ke folder yang sama. Berkas yang terakhir "
                + "disimpan yang dipakai; tanda terima menunjukkan isian yang diterima, ditolak dan yang belum diisi.");
        return s;
    }
}
