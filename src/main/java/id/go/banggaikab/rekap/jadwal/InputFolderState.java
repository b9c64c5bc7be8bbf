package id.go.banggaikab.rekap.jadwal;

import id.go.banggaikab.rekap.submission.FormFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the input folder holds right now: size and modification time per form. Polling this is portable, unlike
 * WatchService, which misses events on the SMB shares the units copy their forms to. Lock files, temporary files and
 * links out of the folder are left out, as the job ignores them too.
 */
final class InputFolderState {

    private InputFolderState() {
    }

    static Map<String, String> of(Path inputDir) {
        Map<String, String> state = new TreeMap<>();
        if (!Files.isDirectory(inputDir)) {
            return state;
        }
        try {
            for (Path file : FormFiles.list(inputDir)) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                state.put(FormFiles.name(file, inputDir), a.size() + "@" + a.lastModifiedTime().toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Folder input " + inputDir + " tidak dapat dibaca: " + e.getMessage(), e);
        }
        return state;
    }
}
