package id.go.banggaikab.rekap.catalogue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a YAML file as whatever editor the staff used saved it: UTF-8 (with or without the byte-order mark
 * Notepad writes), UTF-16 (Notepad's "Unicode"), or, when the bytes are no UTF-8, Windows-1252, which Notepad on an
 * Indonesian Windows calls "ANSI". A file is never refused for its encoding: "—" or "é" saved as ANSI read as
 * they were typed.
 */
final class YamlText {

    /** Notepad's "ANSI" on a Western or Indonesian Windows. */
    static final Charset ANSI = Charset.forName("windows-1252");

    private YamlText() {
    }

    static String decode(byte[] bytes) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, ANSI);
        }
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
