package id.go.banggaikab.rekap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the README and the guides in {@code docs/} tell people to type: their fenced code blocks, and the command lines
 * in them and in inline code spans, split into words as a shell would (backslashes kept: Windows paths). A launcher
 * command ({@code scripts/rekap.sh}, {@code scripts\rekap.cmd}, {@code java -jar …}, {@code mvn … spring-boot:run})
 * is also given its application arguments.
 */
public final class DocCommands {

    /** A fenced block: its language ("" when none), first line number of its text, and text. */
    public record Block(Path file, int line, String lang, String text) {
        public String where() {
            return file + " baris " + line;
        }
    }

    /** One command line as written, where it is, and its words. */
    public record Command(Path file, int line, String text, List<String> words) {
        public String where() {
            return file + " baris " + line + ": " + text;
        }

        /** The arguments given to the application, or null when this does not start the application. */
        public List<String> appArguments() {
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (w.endsWith("rekap.sh") || w.endsWith("rekap.cmd")) {
                    return until(words.subList(i + 1, words.size()));
                }
                if (w.equals("-jar") && i + 1 < words.size() && words.get(i + 1).endsWith(".jar")) {
                    return until(words.subList(i + 2, words.size()));
                }
                if (w.startsWith("-Dspring-boot.run.arguments=")) {
                    return split(w.substring(w.indexOf('=') + 1));
                }
            }
            return words.contains("spring-boot:run") ? List.of() : null;
        }

        /** The words up to a redirection or the next command of the line. */
        private static List<String> until(List<String> words) {
            List<String> out = new ArrayList<>();
            for (String w : words) {
                if (w.startsWith(">") || w.startsWith("2>") || w.startsWith("<") || w.equals("&&") || w.equals("|")
                        || w.equals(";") || w.equals("||")) {
                    break;
                }
                out.add(w);
            }
            return out;
        }
    }

    private static final Pattern FENCE = Pattern.compile("^\\s*```(\\S*)\\s*$");
    private static final Pattern INLINE = Pattern.compile("`([^`]+)`");
    private static final Pattern COMMAND_START = Pattern.compile(
            "^(scripts[/\\\\]|/opt/|java |mvn |sudo |pg_dump |pg_restore |psql |ExecStart=).*");
    private static final List<String> COMMAND_LANGS = List.of("sh", "bat", "cron", "ini", "");

    private DocCommands() {
    }

    /** README.md and every guide in docs/ under the project folder {@code root}. */
    public static List<Path> documents(Path root) {
        List<Path> out = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static List<Block> blocks(Path file) {
        List<String> lines = lines(file);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !FENCE.matcher(lines.get(end)).matches()) {
                end++;
            }
            out.add(new Block(file, start + 1, open.group(1), String.join("\n", lines.subList(start, end))));
            i = end;
        }
        return out;
    }

    /** Every command of the documents: the lines of shell-like blocks, and inline spans that read as commands. */
    public static List<Command> commands(Path root) {
        List<Command> out = new ArrayList<>();
        for (Path file : documents(root)) {
            for (Block block : blocks(file)) {
                if (COMMAND_LANGS.contains(block.lang())) {
                    out.addAll(blockCommands(block));
                }
            }
            List<String> lines = lines(file);
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (FENCE.matcher(lines.get(i)).matches()) {
                    fenced = !fenced;
                    continue;
                }
                Matcher span = INLINE.matcher(fenced ? "" : lines.get(i));
                while (span.find()) {
                    String text = span.group(1).strip();
                    if (COMMAND_START.matcher(text).matches() && text.contains(" ")) {
                        out.add(new Command(file, i + 1, text, split(text)));
                    }
                }
            }
        }
        return out;
    }

    private static List<Command> blockCommands(Block block) {
        List<Command> out = new ArrayList<>();
        String[] lines = block.text().split("\n", -1);
        StringBuilder pending = new StringBuilder();
        int first = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (block.lang().equals("cron")) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                line = String.join(" ", List.of(line.strip().split("\\s+", 6)).subList(5, 6));
            } else if (block.lang().equals("ini")) {
                if (!line.startsWith("ExecStart=")) {
                    continue;
                }
                line = line.substring("ExecStart=".length());
            } else {
                line = withoutComment(line);
            }
            if (first < 0) {
                first = i;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            pending.append(line);
            String text = pending.toString().strip();
            if (!text.isEmpty()) {
                for (String part : text.split(" && ")) {
                    out.add(new Command(block.file(), block.line() + first, part.strip(), split(part)));
                }
            }
            pending.setLength(0);
            first = -1;
        }
        return out;
    }

    /** The line without a shell comment: a # at its start or after a space, outside quotes. */
    static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line.stripTrailing();
    }

    /** Words as a shell splits them: spaces separate, quotes group and are removed; backslashes stay. */
    public static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
