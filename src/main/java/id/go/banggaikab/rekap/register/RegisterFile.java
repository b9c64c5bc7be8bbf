package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.catalogue.RegisterKind;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * A register workbook as found: under the register folder (read from disk, never changed), or kept with a quarter's
 * lock (its bytes then). {@code name} is how users know it, e.g. {@code register/Data Keragaan Koperasi.xlsx}; it is
 * also the name it is kept under with a lock.
 */
public final class RegisterFile {

    /** Opens the bytes for reading, once per reading. */
    interface Opener {
        SeekableByteChannel open() throws IOException;
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private final String name;
    private final Instant modified;
    private final long size;
    private final Opener opener;
    private final String refusal;

    private RegisterFile(String name, Instant modified, long size, Opener opener, String refusal) {
        this.name = name;
        this.modified = modified;
        this.size = size;
        this.opener = opener;
        this.refusal = refusal;
    }

    /** A register in the folder; never followed if it has become a link since it was found. */
    public static RegisterFile onDisk(Path file, String name) throws IOException {
        return new RegisterFile(name, Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant(),
                Files.size(file), () -> Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS),
                null);
    }

    public static RegisterFile kept(String name, byte[] bytes, Instant modified) {
        return new RegisterFile(name, modified, bytes.length, () -> new SeekableInMemoryByteChannel(bytes), null);
    }

    /** Something in the register folder that is not read, such as a link out of it, and why. */
    public static RegisterFile refused(String name, String why) {
        return new RegisterFile(name, Instant.EPOCH, 0, () -> {
            throw new IOException(why);
        }, why);
    }

    /** Why this register is not read at all (a link out of the folder), or null. */
    public String refusal() {
        return refusal;
    }

    public String name() {
        return name;
    }

    public Instant modified() {
        return modified;
    }

    public long size() {
        return size;
    }

    SeekableByteChannel open() throws IOException {
        return opener.open();
    }

    /** The file's bytes, for keeping it with a lock. */
    public byte[] bytes() throws IOException {
        try (SeekableByteChannel ch = open(); var in = java.nio.channels.Channels.newInputStream(ch)) {
            return in.readAllBytes();
        }
    }

    /**
     * The year the file's path says the register is for: a folder named by a year ({@code register/2025/…}), or
     * exactly one year in the file's name ("Data Keragaan Koperasi 2025.xlsx"); null otherwise.
     */
    Integer pathYear() {
        String[] parts = name.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (parts[i].matches("(19|20)\\d{2}")) {
                return Integer.valueOf(parts[i]);
            }
        }
        Set<String> years = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(parts[parts.length - 1]);
        while (m.find()) {
            years.add(m.group(1));
        }
        return years.size() == 1 ? Integer.valueOf(years.iterator().next()) : null;
    }

    /** The kind the file's name suggests, for a file that cannot be opened to tell. */
    Optional<RegisterKind> kindByName() {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("koperasi") || n.contains("keragaan")) {
            return Optional.of(RegisterKind.KOPERASI);
        }
        if (n.contains("usaha") || n.contains("umkm") || n.contains("mikro") || n.matches(".*\\bum\\b.*")) {
            return Optional.of(RegisterKind.USAHA_MIKRO);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name;
    }
}
