package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.history.QuarterLock;
import id.go.banggaikab.rekap.history.QuarterLocks;
import id.go.banggaikab.rekap.output.DocumentName;
import id.go.banggaikab.rekap.output.DocumentName.Version;
import id.go.banggaikab.rekap.output.InputDigest;
import id.go.banggaikab.rekap.output.OutputFiles;
import id.go.banggaikab.rekap.report.LakipWriter;
import id.go.banggaikab.rekap.report.RecapWorkbookWriter;
import id.go.banggaikab.rekap.report.lkjip.LkjipWriter;
import id.go.banggaikab.rekap.shared.Periode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Puts a quarter's recap and LAKIP tables into the output folder under the names of {@link DocumentName}, so that
 * the plain name always belongs to the final (locked) version and nothing else:
 * <ul>
 * <li>the {@code kunci} job writes the finals under the plain names (whatever had those names is moved aside as what
 * it is: a draft, or a former final whose quarter was reopened);</li>
 * <li>a run of a locked quarter makes sure the plain names hold the locked files (a missing one is restored from the
 * copy the lock keeps in the database) and writes a version "terkunci" only when it shows something the final does
 * not (files held since);</li>
 * <li>a run of an open quarter writes drafts; a plain-named file is moved aside first, since no file is final while
 * the quarter is open.</li>
 * </ul>
 * The year's LKjIP is named after the year ("LKjIP 2026") and is final only with TW IV locked: the {@code kunci} job
 * of TW IV writes it under the plain name, every other run a draft saying how far it reaches ("LKjIP 2026 (draf s.d.
 * TW III …).docx"); a plain-named LKjIP is moved aside only when TW IV is not locked (it was reopened).
 * A run whose inputs are those of the newest version of a document ({@link RecapDigest}) adds no file for it.
 */
@Component
class RecapOutputs {

    private static final Logger log = LoggerFactory.getLogger(RecapOutputs.class);
    /** The name prefix the final files are kept under with their lock. */
    static final String KEPT = "keluaran/";

    private final QuarterLocks locks;
    private final RekapProperties properties;
    private final java.time.Clock clock;
    private final RecapPublisher publisher;
    private final Executor writers;

    /** {@code formReaders}: the run's threads, one per core, idle once the forms are read; they write the documents. */
    RecapOutputs(QuarterLocks locks, RekapProperties properties, java.time.Clock clock, RecapPublisher publisher,
            @Qualifier("formReaders") Executor formReaders) {
        this.locks = locks;
        this.properties = properties;
        this.clock = clock;
        this.publisher = publisher;
        this.writers = formReaders;
    }

    /**
     * What a run put in place: the recap and LAKIP files, the year's LKjIP, and whether they were there already
     * (nothing new).
     */
    record Written(Recap recap, Path recapFile, List<Path> lakipFiles, Path lkjipFile, boolean unchanged) {
    }

    /**
     * One document: its names, how it is written to a path with a fingerprint, the quarter whose lock makes it final
     * and what a draft of it says after "draf" (null: nothing).
     */
    private record Document(DocumentName name, BiFunction<Path, String, Path> writer, Periode finalWith,
            String reach) {
    }

    /**
     * The outputs of a {@code rekap} run: drafts, or for a locked quarter its finals (and a later version if any).
     * Which names to use is decided document by document on this thread (it asks the history); the documents are
     * then written at the same time ({@link Concurrently}), each from the figures already computed.
     */
    Written write(RecapMaker.Made made) throws IOException {
        Path dir = directory();
        Periode periode = made.recap().periode();
        List<Supplier<Path>> out = new ArrayList<>();
        boolean unchanged = true;
        Map<String, byte[]> kept = made.lock().map(locks::inputs).orElse(Map.of());
        for (Document doc : documents(made)) {
            boolean sealed = made.lock().isPresent() && doc.finalWith().equals(periode);
            if (sealed) {
                keepFinal(doc.name(), made.lock().get(), kept, dir);
            } else if (doc.finalWith().equals(periode) || !locked(doc.finalWith())) {
                clearPlainName(doc.name(), doc.finalWith(), dir);
            }
            Path newest = doc.name().newestIn(dir).orElse(null);
            if (newest != null && made.digest().equals(InputDigest.of(newest).digest())) {
                out.add(() -> newest);
                continue;
            }
            Path target = doc.name().in(dir, sealed ? Version.TERKUNCI : Version.DRAF, sealed ? null : doc.reach(),
                    made.recap().runTime());
            out.add(() -> doc.writer().apply(target, made.digest()));
            unchanged = false;
        }
        return published(made, Concurrently.all(out, writers), unchanged);
    }

    /** The run's figures published with the recap file they are in. */
    private Written published(RecapMaker.Made made, List<Path> out, boolean unchanged) {
        publisher.publish(made.recap(), out.get(0));
        return written(made, out, unchanged);
    }

    private static Written written(RecapMaker.Made made, List<Path> out, boolean unchanged) {
        return new Written(made.recap(), out.get(0), out.subList(1, out.size() - 1), out.get(out.size() - 1),
                unchanged);
    }

    /** Whether the quarter is locked now. */
    private boolean locked(Periode periode) {
        return locks.latest(periode).map(QuarterLock::isLock).orElse(false);
    }

    /** The outputs of the {@code kunci} job: the finals under the plain names. */
    Written writeFinal(RecapMaker.Made made) throws IOException {
        Path dir = directory();
        List<Supplier<Path>> out = new ArrayList<>();
        Periode periode = made.recap().periode();
        for (Document doc : documents(made)) {
            if (!doc.finalWith().equals(periode)) {
                // The year's LKjIP when a quarter before TW IV is locked: a draft as of this quarter.
                if (!locked(doc.finalWith())) {
                    clearPlainName(doc.name(), doc.finalWith(), dir);
                }
                Path newest = doc.name().newestIn(dir).orElse(null);
                if (newest != null && made.digest().equals(InputDigest.of(newest).digest())) {
                    out.add(() -> newest);
                } else {
                    Path draft = doc.name().in(dir, Version.DRAF, doc.reach(), made.recap().runTime());
                    out.add(() -> doc.writer().apply(draft, made.digest()));
                }
                continue;
            }
            clearPlainName(doc.name(), periode, dir);
            Path plain = doc.name().finalIn(dir);
            out.add(() -> doc.writer().apply(plain, made.digest()));
        }
        return published(made, Concurrently.all(out, writers), false);
    }

    /**
     * The bytes of the finals to keep with their lock, by the names they are kept under: the recap, the LAKIP tables
     * and, when TW IV is locked, the year's LKjIP.
     */
    static Map<String, byte[]> toKeep(Written finals) throws IOException {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        List<Path> all = new ArrayList<>(List.of(finals.recapFile()));
        all.addAll(finals.lakipFiles());
        if (finals.recap().periode().triwulan() == 4) {
            all.add(finals.lkjipFile());
        }
        for (Path p : all) {
            out.put(KEPT + p.getFileName(), Files.readAllBytes(p));
        }
        return out;
    }

    private List<Document> documents(RecapMaker.Made made) {
        RecapWorkbookWriter recap = new RecapWorkbookWriter(properties.kertas());
        LakipWriter lakip = new LakipWriter();
        Periode periode = made.recap().periode();
        List<DocumentName> lakipNames = LakipWriter.names(periode);
        LkjipWriter lkjip = new LkjipWriter();
        return List.of(new Document(RecapWorkbookWriter.name(periode),
                (path, digest) -> recap.write(made.recap(), path, digest), periode, null),
                new Document(lakipNames.get(0), (path, digest) -> lakip.writeWorkbook(made.lkjip(), path, digest),
                        periode, null),
                new Document(lakipNames.get(1), (path, digest) -> lakip.writeDocument(made.lkjip(), path, digest),
                        periode, null),
                new Document(LkjipWriter.name(periode.tahun()), (path, digest) -> lkjip.write(made.lkjip(), path,
                        digest), new Periode(periode.tahun(), 4), LkjipWriter.reach(periode)));
    }

    private Path directory() throws IOException {
        Path dir = properties.outputDir();
        Files.createDirectories(dir);
        return dir;
    }

    /**
     * The quarter is open (or about to be locked): a file under the plain name is no final now. A former final (its
     * quarter reopened) is kept as "dibuka kembali"; anything else there (a draft of an earlier program version) as
     * a draft of the time it was written.
     */
    private void clearPlainName(DocumentName name, Periode periode, Path dir) throws IOException {
        Path plain = name.finalIn(dir);
        if (!Files.isRegularFile(plain)) {
            return;
        }
        boolean formerFinal = InputDigest.of(plain).finalVersion() || sealedBy(periode, sha256(plain));
        LocalDateTime when = formerFinal ? reopenedAt(periode) : LocalDateTime.ofInstant(
                Files.getLastModifiedTime(plain).toInstant(), clock.getZone());
        Path aside = name.in(dir, formerFinal ? Version.DIBUKA : Version.DRAF, when);
        Files.move(plain, aside, StandardCopyOption.ATOMIC_MOVE);
        log.info("{} bukan versi final ({}); dipindah ke {}", plain.getFileName(), formerFinal
                ? "kunci triwulannya sudah dibuka" : "triwulan belum dikunci", aside.getFileName());
    }

    /**
     * The quarter is locked: its plain names must hold the files the lock sealed. A missing one is restored from the
     * copy kept with the lock (or, for a lock of an earlier program version, from the file it named); a draft of an
     * earlier program version under the plain name is moved aside first. A final changed after the lock is left as it
     * is, with a warning: it is no longer the file that was signed.
     */
    private void keepFinal(DocumentName name, QuarterLock lock, Map<String, byte[]> kept, Path dir)
            throws IOException {
        Path plain = name.finalIn(dir);
        byte[] copy = kept.get(KEPT + plain.getFileName());
        boolean isRecap = name.ext().equals("xlsx") && name.base().startsWith("Rekap");
        String sealed = copy != null ? DigestUtils.sha256Hex(copy) : isRecap ? lock.recapSha256() : null;
        if (Files.isRegularFile(plain)) {
            if (sealed == null || sealed.equals(sha256(plain))) {
                return;
            }
            if (InputDigest.of(plain).finalVersion()) {
                log.warn("{} berbeda dari yang dikunci (SHA-256 {}): berkas itu diubah sesudah dikunci dan bukan lagi"
                        + " rekap yang ditandatangani. Hapus berkas itu lalu jalankan lagi untuk memulihkannya.",
                        plain.getFileName(), sealed);
                return;
            }
            clearPlainName(name, lock.periode(), dir);
        }
        if (copy == null && isRecap && lock.recap() != null && !lock.recap().equals(plain.getFileName().toString())) {
            Path named = dir.resolve(lock.recap());
            if (Files.isRegularFile(named) && sha256(named).equals(lock.recapSha256())) {
                copy = Files.readAllBytes(named);
            }
        }
        if (copy != null) {
            byte[] bytes = copy;
            OutputFiles.writeAtomically(plain, out -> out.write(bytes));
            Files.setLastModifiedTime(plain, FileTime.from(lock.when()));
            log.info("{} (final, dikunci {}) dipulihkan dari salinan yang disimpan bersama kuncinya.",
                    plain.getFileName(), lock.when());
        }
    }

    /** Whether a lock of the quarter sealed a file with this SHA-256 (a final written by an earlier version). */
    private boolean sealedBy(Periode periode, String sha) {
        return locks.all().stream().anyMatch(l -> l.isLock() && l.periode().equals(periode)
                && sha.equals(l.recapSha256()));
    }

    private LocalDateTime reopenedAt(Periode periode) {
        return locks.latest(periode).filter(l -> !l.isLock())
                .map(l -> LocalDateTime.ofInstant(l.when(), clock.getZone())).orElse(LocalDateTime.now(
                        clock.getZone()));
    }

    private static String sha256(Path file) {
        try (var in = Files.newInputStream(file)) {
            return DigestUtils.sha256Hex(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
