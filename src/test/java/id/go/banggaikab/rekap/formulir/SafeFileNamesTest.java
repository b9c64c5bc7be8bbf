package id.go.banggaikab.rekap.formulir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A unit name, possibly typed by a user into a form, never decides where a file lands or breaks Windows. */
class SafeFileNamesTest {

    @Test
    void shouldKeepAnOrdinaryUnitNameAsItIs() {
        assertEquals("Sub Bagian Perencanaan, Evaluasi dan Keuangan",
                SafeFileNames.of("Sub Bagian Perencanaan, Evaluasi dan Keuangan"));
    }

    @Test
    void shouldTurnPathSeparatorsIntoDashesSoNoFolderIsEntered() {
        assertEquals("Seksi KSP-USP", SafeFileNames.of("Seksi KSP/USP"));
        assertEquals("a-b", SafeFileNames.of("a\\b"));
        Path dir = Path.of("/srv/keluaran");
        for (String evil : new String[] {"../../etc/passwd", "..", "../..", "/etc/cron.d/x", "C:\\Windows\\x"}) {
            String safe = SafeFileNames.of(evil);
            assertFalse(safe.contains("/") || safe.contains("\\") || safe.contains(".."), evil + " -> " + safe);
            assertEquals(dir, dir.resolve(safe).normalize().getParent(), evil);
        }
    }

    @Test
    void shouldNeverBeEmptyOrOnlyDots() {
        assertEquals(SafeFileNames.FALLBACK, SafeFileNames.of(null));
        assertEquals(SafeFileNames.FALLBACK, SafeFileNames.of(""));
        assertEquals(SafeFileNames.FALLBACK, SafeFileNames.of("   "));
        assertEquals(SafeFileNames.FALLBACK, SafeFileNames.of(".."));
        assertEquals(SafeFileNames.FALLBACK, SafeFileNames.of(". . ."));
        assertEquals(SafeFileNames.FALLBACK, SafeFileNames.of("\u0000\u0007\n"));
    }

    @Test
    void shouldRemoveControlAndInvisibleCharacters() {
        assertEquals("Seksi Kewirausahaan", SafeFileNames.of("Seksi\tKewira\u0000usahaan".replace("\u0000", "")));
        assertEquals("Seksi Kewirausahaan", SafeFileNames.of("Seksi\nKewirausahaan\r"));
        assertEquals("laporan xlsx.exe", SafeFileNames.of("laporan\u202Exlsx.exe"), "penyamar ekstensi dibuang");
        assertFalse(SafeFileNames.of("a\u0001b\u007Fc\u009Fd").chars().anyMatch(Character::isISOControl));
    }

    @Test
    void shouldReplaceEveryCharacterWindowsForbids() {
        assertEquals("a-b-c-d-e-f-g-h", SafeFileNames.of("a<b>c:d\"e|f?g*h"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON", "con", "PRN", "AUX", "NUL", "COM1", "com9", "LPT1", "LPT9", "NUL.txt",
        "con.xlsx", "Aux .tar.gz", "COM\u00B9"})
    void shouldNeverProduceAReservedWindowsDeviceName(String reserved) {
        String safe = SafeFileNames.of(reserved);
        assertTrue(safe.startsWith("_"), reserved + " -> " + safe);
    }

    @Test
    void shouldLeaveNamesThatOnlyStartLikeADeviceAlone() {
        assertEquals("CONTOH", SafeFileNames.of("CONTOH"));
        assertEquals("COM10", SafeFileNames.of("COM10"));
        assertEquals("Console.xlsx", SafeFileNames.of("Console.xlsx"));
    }

    @Test
    void shouldDropTrailingDotsAndSpacesAndLeadingDotsAndTildes() {
        assertEquals("Seksi", SafeFileNames.of("Seksi. . "));
        assertEquals("Seksi", SafeFileNames.of(" Seksi "));
        assertEquals("hidden", SafeFileNames.of(".hidden"));
        assertEquals("$kunci", SafeFileNames.of("~$kunci"), "nama berkas kunci Office dilewati pembaca");
    }

    @Test
    void shouldBoundTheLengthInCharactersAndInBytes() {
        String longName = "Seksi " + "Pengembangan ".repeat(20);
        String safe = SafeFileNames.of(longName);
        assertTrue(safe.length() <= SafeFileNames.MAX_LENGTH);
        assertFalse(safe.endsWith(" ") || safe.endsWith("."));
        String wide = "\uD83D\uDE00".repeat(100) + "ك".repeat(100);
        String safeWide = SafeFileNames.of(wide);
        assertTrue(safeWide.getBytes(StandardCharsets.UTF_8).length <= SafeFileNames.MAX_UTF8_BYTES);
        assertFalse(Character.isHighSurrogate(safeWide.charAt(safeWide.length() - 1)), "tidak memotong surrogat");
    }
}
