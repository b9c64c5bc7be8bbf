package id.go.banggaikab.rekap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings and job parameters that exist, read from the code itself rather than listed by hand: the records bound
 * to {@code rekap.*} ({@code @ConfigurationProperties}), every {@code @Value("${…}")} and conditional property of the
 * application's classes, Spring Boot's own configuration metadata (every {@code spring.*} key it documents); and the
 * {@code @Value("#{jobParameters['…']}")} a class reads.
 */
public final class KnownNames {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)");
    private static final Pattern JOB_PARAMETER = Pattern.compile("jobParameters\\['([^']+)'\\]");

    private final Set<String> settings = new TreeSet<>();
    private final Set<String> parameters = new TreeSet<>();

    private KnownNames() {
    }

    public static KnownNames read() {
        KnownNames known = new KnownNames();
        for (Class<?> type : applicationClasses()) {
            ConfigurationProperties bound = type.getAnnotation(ConfigurationProperties.class);
            if (bound != null && type.isRecord()) {
                known.record(bound.value().isEmpty() ? bound.prefix() : bound.value(), type);
            }
            ConditionalOnBooleanProperty[] conditions = type.getAnnotationsByType(ConditionalOnBooleanProperty.class);
            for (ConditionalOnBooleanProperty c : conditions) {
                Collections.addAll(known.settings, c.name());
            }
            for (AnnotatedElement element : elements(type)) {
                Value value = element.getAnnotation(Value.class);
                if (value != null) {
                    known.value(value.value());
                }
                for (var c : element.getAnnotationsByType(ConditionalOnBooleanProperty.class)) {
                    Collections.addAll(known.settings, c.name());
                }
            }
        }
        known.springMetadata();
        return known;
    }

    /** The job parameters the class reads through {@code @Value("#{jobParameters['…']}")}. */
    public static Set<String> parametersOf(Class<?> type) {
        KnownNames known = new KnownNames();
        for (AnnotatedElement element : elements(type)) {
            Value value = element.getAnnotation(Value.class);
            if (value != null) {
                known.value(value.value());
            }
        }
        return known.parameters;
    }

    public Set<String> settings() {
        return Collections.unmodifiableSet(settings);
    }

    /** Whether {@code key} (as written: kebab or camel case, any letter case) is a setting that exists. */
    public boolean isSetting(String key) {
        return settings.contains(canonical(key));
    }

    private static String canonical(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(java.util.Locale.ROOT);
    }

    private void value(String expression) {
        Matcher setting = PLACEHOLDER.matcher(expression);
        while (setting.find()) {
            settings.add(canonical(setting.group(1)));
        }
        Matcher parameter = JOB_PARAMETER.matcher(expression);
        while (parameter.find()) {
            parameters.add(parameter.group(1));
        }
    }

    private void record(String prefix, Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            String key = prefix + "." + canonical(c.getName());
            if (c.getType().isRecord()) {
                record(key, c.getType());
            } else {
                settings.add(key);
            }
        }
    }

    private void springMetadata() {
        ObjectMapper json = new ObjectMapper();
        try {
            for (String name : List.of("META-INF/spring-configuration-metadata.json",
                    "META-INF/additional-spring-configuration-metadata.json")) {
                for (URL url : Collections.list(KnownNames.class.getClassLoader().getResources(name))) {
                    try (InputStream in = url.openStream()) {
                        JsonNode properties = json.readTree(in).path("properties");
                        properties.forEach(p -> settings.add(canonical(p.path("name").asText())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<AnnotatedElement> elements(Class<?> type) {
        List<AnnotatedElement> out = new ArrayList<>();
        try {
            Collections.addAll(out, type.getDeclaredFields());
            List<Executable> code = new ArrayList<>(List.of(type.getDeclaredConstructors()));
            code.addAll(List.of(type.getDeclaredMethods()));
            for (Executable e : code) {
                out.add(e);
                Collections.addAll(out, e.getParameters());
            }
        } catch (NoClassDefFoundError e) {
            // a class whose signature needs something absent at test time names no setting we could check
        }
        return out;
    }

    /** Every class compiled from src/main/java (where RekapApplication is: target/classes). */
    private static List<Class<?>> applicationClasses() {
        try {
            Path classes = Path.of(RekapApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                List<Class<?>> out = new ArrayList<>();
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(p).toString().replace('/', '.').replace('\\', '.')
                            .replaceAll("\\.class$", "");
                    out.add(Class.forName(name, false, KnownNames.class.getClassLoader()));
                }
                return out;
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
