package id.go.banggaikab.rekap.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.xmlbeans.XmlException;

/**
 * The fingerprint (SHA-256) of everything an output is computed from, kept inside the document it was written to (a
 * custom document property, {@value #PROPERTY}), so that a run whose inputs are the same as those of the last
 * version adds no file: the same inputs give the same outputs, whatever the time of the run. What goes in is the
 * caller's choice; each part is labelled, and a collection is taken in sorted order, so the order storage returns
 * rows in does not matter.
 */
public final class InputDigest {

    /** The custom document property the fingerprint is kept under. */
    public static final String PROPERTY = "RekapSidikMasukan";
    /** The custom document property that marks a final version (a locked quarter's), whatever its file name. */
    public static final String FINAL_PROPERTY = "RekapVersi";

    private final MessageDigest sha;

    public InputDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public InputDigest add(String label, String text) {
        part(label, (text == null ? "\u0000" : text).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public InputDigest add(String label, byte[] bytes) {
        part(label, bytes == null ? new byte[0] : bytes);
        return this;
    }

    /** Every item by its text form, sorted: records give every field. */
    public InputDigest addAll(String label, Collection<?> items) {
        add(label, items.stream().map(String::valueOf).sorted().reduce(new StringBuilder(),
                (b, s) -> b.append(s.length()).append(':').append(s).append('\n'), StringBuilder::append).toString());
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private void part(String label, byte[] bytes) {
        byte[] name = label.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(name.length).getBytes(StandardCharsets.US_ASCII));
        sha.update(name);
        sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    /** What a written document keeps of its making: the fingerprint of its inputs, and whether it is a final. */
    public record Stored(String digest, boolean finalVersion) {
        static final Stored NONE = new Stored(null, false);
    }

    /** Keeps {@code digest}, and that the document is a final version when it is, in a document about to be written. */
    public static void store(POIXMLProperties properties, String digest, boolean finalVersion) {
        if (digest != null) {
            properties.getCustomProperties().addProperty(PROPERTY, digest);
        }
        if (finalVersion) {
            properties.getCustomProperties().addProperty(FINAL_PROPERTY, "FINAL");
        }
    }

    /** What a written .xlsx or .docx keeps; nothing when it keeps nothing or cannot be opened. */
    public static Stored of(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var custom = new POIXMLProperties(pkg).getCustomProperties();
            var digest = custom.getProperty(PROPERTY);
            var version = custom.getProperty(FINAL_PROPERTY);
            return new Stored(digest == null || !digest.isSetLpwstr() ? null : digest.getLpwstr(),
                    version != null && version.isSetLpwstr() && "FINAL".equals(version.getLpwstr()));
        } catch (IOException | RuntimeException | OpenXML4JException | XmlException e) {
            return Stored.NONE;
        }
    }
}
