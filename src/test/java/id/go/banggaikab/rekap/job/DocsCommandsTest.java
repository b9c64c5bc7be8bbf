package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.DocCommands;
import id.go.banggaikab.rekap.KnownNames;
import id.go.banggaikab.rekap.catalogue.PemdaConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.yaml.snakeyaml.Yaml;

/**
 * No stale command in the README and the guides: every command they quote (code blocks and inline code) names a job
 * the application has, job parameters the steps of that job read and settings that exist; the scripts and classes it
 * names exist; Maven is asked for phases and goals the build has; every YAML block is made of real settings, or is
 * the pemda.yml the Pemda config loader accepts, or a part of the shipped katalog.yml. Also the README's own shape:
 * at most 150 lines, the two commands in its first 40, and every link to a file that exists. The commands that can
 * run on sample data are run from the unzipped package by {@code DistributionIT}.
 */
class DocsCommandsTest extends JobTestSupport {

    private static final Path ROOT = Path.of("");
    private static final Set<String> MAVEN = Set.of("clean", "validate", "compile", "test-compile", "test", "package",
            "verify", "install", "spring-boot:run", "dependency:build-classpath");
    private static final Pattern SCRIPT = Pattern.compile("(?:^|[/\\\\<=])scripts[/\\\\]([\\w.*\\-/\\\\]+)");
    private static final Pattern CLASS = Pattern.compile("id\\.go\\.banggaikab\\.rekap\\.[\\w.]+");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)");

    @Autowired
    Map<String, Job> jobBeans;

    /**
     * The parameters each job's steps read ({@code @Value("#{jobParameters['…']}")} on the tasklet behind each step,
     * step-scoped proxies looked through), plus {@code tahun} and {@code triwulan}, which every run is given.
     */
    private Map<String, Set<String>> parametersByJob() {
        Map<String, Set<String>> out = new java.util.TreeMap<>();
        for (Job job : jobBeans.values()) {
            Set<String> read = new TreeSet<>(List.of("tahun", "triwulan"));
            // the job's steps as they are, without asking a job-scoped step (importForms) its name outside a run
            Object steps = org.springframework.test.util.ReflectionTestUtils.getField(job, "steps");
            for (Object step : (List<?>) steps) {
                if (step instanceof org.springframework.batch.core.step.tasklet.TaskletStep tasklet) {
                    read.addAll(KnownNames.parametersOf(targetClass(tasklet.getTasklet())));
                }
            }
            out.put(job.getName(), read);
        }
        return out;
    }

    private static Class<?> targetClass(Object bean) {
        if (bean instanceof org.springframework.aop.framework.Advised advised) {
            return advised.getTargetSource().getTargetClass();
        }
        return bean.getClass();
    }

    @Test
    void shouldNameOnlyJobsParametersAndSettingsThatExistInEveryQuotedCommand() {
        KnownNames known = KnownNames.read();
        Set<String> jobs = new TreeSet<>(jobBeans.values().stream().map(Job::getName).toList());
        assertThat(jobs).contains("rekap", "formulir", "kunci", "buka-kunci", "cadangkan", "impor-iki");
        Map<String, Set<String>> byJob = parametersByJob();
        assertThat(byJob.get("buka-kunci")).as("the tasklets behind the steps are found").contains("alasan");
        assertThat(byJob.get("cadangkan")).contains("ke");
        List<String> wrong = new ArrayList<>();
        int launched = 0;
        Set<String> jobsQuoted = new TreeSet<>();
        for (DocCommands.Command command : DocCommands.commands(ROOT)) {
            List<String> args = command.appArguments();
            if (args == null) {
                continue;
            }
            launched++;
            jobsQuoted.add("rekap");
            for (String arg : args) {
                if (arg.equals("…")) {
                    continue; // prose shortening "java -jar target/rekap-kinerja.jar …"
                }
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 2) {
                    String name = arg.substring(2, eq);
                    String value = arg.substring(eq + 1);
                    if (!known.isSetting(name)) {
                        wrong.add(command.where() + " — pengaturan " + name + " tidak ada");
                    } else if (name.equals("spring.batch.job.name")) {
                        jobsQuoted.add(value);
                        if (!jobs.contains(value)) {
                            wrong.add(command.where() + " — job " + value + " tidak ada; pilihan: " + jobs);
                        }
                    }
                } else if (!arg.startsWith("-") && eq > 0) {
                    String parameter = arg.substring(0, eq).toLowerCase(java.util.Locale.ROOT);
                    Set<String> read = byJob.getOrDefault(job(args), Set.of());
                    if (!read.contains(parameter)) {
                        wrong.add(command.where() + " — parameter " + parameter + " tidak dibaca job " + job(args)
                                + "; yang dibacanya: " + read);
                    }
                } else {
                    wrong.add(command.where() + " — argumen \"" + arg + "\" tidak dikenal");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(launched).as("commands found in README and docs").isGreaterThan(25);
        assertThat(jobsQuoted).as("every job is documented somewhere").containsAll(jobs);
    }

    @Test
    void shouldNameOnlyScriptsClassesAndMavenGoalsThatExist() {
        List<String> wrong = new ArrayList<>();
        for (DocCommands.Command command : DocCommands.commands(ROOT)) {
            List<String> words = command.words();
            for (String word : words) {
                Matcher script = SCRIPT.matcher(word);
                if (script.find() && !exists(script.group(1).replace('\\', '/'))) {
                    wrong.add(command.where() + " — scripts/" + script.group(1) + " tidak ada");
                }
                Matcher type = CLASS.matcher(word);
                if (type.find()) {
                    try {
                        Class.forName(type.group());
                    } catch (ClassNotFoundException e) {
                        wrong.add(command.where() + " — kelas " + type.group() + " tidak ada");
                    }
                }
            }
            if (!words.isEmpty() && words.get(0).equals("mvn")) {
                for (String word : words.subList(1, words.size())) {
                    if (word.equals("&&")) {
                        break;
                    }
                    if (word.equals("…")) {
                        continue;
                    }
                    if (!word.startsWith("-") && !MAVEN.contains(word)) {
                        wrong.add(command.where() + " — Maven tidak punya fase atau goal " + word);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldShowOnlyRealSettingsAValidPemdaYmlAndTheShippedCatalogueInYamlBlocks() throws IOException {
        KnownNames known = KnownNames.read();
        List<String> catalogue = Files.readAllLines(Path.of("config/katalog.yml")).stream()
                .map(l -> DocCommandsLines.normal(l)).filter(l -> !l.isEmpty()).toList();
        List<String> wrong = new ArrayList<>();
        int blocks = 0;
        for (Path file : DocCommands.documents(ROOT)) {
            for (DocCommands.Block block : DocCommands.blocks(file)) {
                if (!block.lang().equals("yaml")) {
                    continue;
                }
                blocks++;
                Object tree = new Yaml().load(block.text());
                if (tree instanceof Map<?, ?> map && (map.containsKey("pemda") || map.containsKey("iku"))) {
                    try {
                        PemdaConfigLoader.parse("pemda.yml", block.text());
                    } catch (RuntimeException e) {
                        wrong.add(block.where() + " — pemda.yml ditolak: " + e.getMessage());
                    }
                } else if (tree instanceof Map<?, ?> map && map.containsKey("register")) {
                    List<String> lines = block.text().lines().map(DocCommandsLines::normal).filter(l -> !l.isEmpty())
                            .toList();
                    if (java.util.Collections.indexOfSubList(catalogue, lines) < 0) {
                        wrong.add(block.where() + " — bukan bagian katalog.yml yang disertakan: " + lines);
                    }
                } else if (tree instanceof Map<?, ?> map) {
                    for (String key : DocCommandsLines.leaves("", map)) {
                        if (!known.isSetting(key)) {
                            wrong.add(block.where() + " — pengaturan " + key + " tidak ada");
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(blocks).isGreaterThanOrEqualTo(6);
    }

    @Test
    void shouldKeepTheReadmeShortWithBothCommandsFirstAndLinkOnlyToFilesThatExist() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        assertThat(readme.size()).isLessThanOrEqualTo(150);
        String top = String.join("\n", readme.subList(0, 40));
        assertThat(top).contains("scripts/rekap.sh").contains("mvn -B verify");
        assertThat(Files.readString(Path.of(".ci/run"))).as(".ci/run runs the README's test command")
                .contains("mvn -B -ntp verify");
        List<String> broken = new ArrayList<>();
        for (Path file : DocCommands.documents(ROOT)) {
            Matcher link = LINK.matcher(Files.readString(file));
            while (link.find()) {
                Path target = file.toAbsolutePath().getParent().resolve(link.group(1)).normalize();
                if (!Files.exists(target)) {
                    broken.add(file + " → " + link.group(1));
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(DocCommands.documents(ROOT)).extracting(p -> p.getFileName().toString())
                .contains("staf-seksi.md", "perencanaan.md", "administrator.md", "pengembang.md");
    }

    /** The job a command's arguments start: --spring.batch.job.name, else rekap. */
    private static String job(List<String> args) {
        return args.stream().filter(a -> a.startsWith("--spring.batch.job.name=")).map(a -> a.substring(a.indexOf('=')
                + 1)).findFirst().orElse("rekap");
    }

    private static boolean exists(String relative) {
        if (!relative.contains("*")) {
            return Files.exists(Path.of("scripts").resolve(relative));
        }
        Path folder = Path.of("scripts").resolve(relative).getParent();
        String glob = "glob:" + Path.of(relative).getFileName();
        try (Stream<Path> files = Files.list(folder)) {
            var matcher = folder.getFileSystem().getPathMatcher(glob);
            return files.anyMatch(f -> matcher.matches(f.getFileName()));
        } catch (IOException e) {
            return false;
        }
    }
}
