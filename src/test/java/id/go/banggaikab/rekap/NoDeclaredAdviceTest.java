package id.go.banggaikab.rekap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application leaves out Spring Boot's AOP and declarative transactions ({@link RekapApplication}): a
 * {@code @Transactional} in the program or in Spring Batch would then be silently ignored, its work no longer in one
 * transaction. None may exist.
 */
class NoDeclaredAdviceTest {

    private static final String TRANSACTIONAL = Transactional.class.getName();

    @Test
    void theApplicationLeavesOutAopAndDeclarativeTransactions() {
        assertThat(RekapApplication.class.getAnnotation(SpringBootApplication.class).exclude())
                .contains(AopAutoConfiguration.class, TransactionAutoConfiguration.class);
    }

    @Test
    void neitherTheProgramNorSpringBatchDeclaresATransactionalClassOrMethod() throws IOException {
        List<String> program = classes("id/go/banggaikab/rekap");
        List<String> batch = classes("org/springframework/batch");

        assertThat(program).as("the scan reads the program's classes").hasSizeGreaterThan(300)
                .contains(RekapApplication.class.getName());
        assertThat(batch).as("and Spring Batch's").hasSizeGreaterThan(300);
        assertThat(declaringTransactional(program)).isEmpty();
        assertThat(declaringTransactional(batch)).isEmpty();
    }

    @Test
    void theCheckFindsTheAnnotationOnAClassAndOnAMethod() throws IOException {
        assertThat(declaringTransactional(List.of(TransactionalClass.class.getName(),
                TransactionalMethod.class.getName(), NoDeclaredAdviceTest.class.getName())))
                .containsExactly(TransactionalClass.class.getName(), TransactionalMethod.class.getName());
    }

    private static List<String> classes(String packagePath) throws IOException {
        List<String> out = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + packagePath
                + "/**/*.class")) {
            String url = r.getURL().toString();
            if (url.contains("/test-classes/")) {
                continue; // the tests' own classes, this one's fixtures among them, are not the program
            }
            String name = url.substring(url.lastIndexOf(packagePath), url.length() - ".class".length());
            if (!name.endsWith("package-info") && !name.endsWith("module-info")) {
                out.add(name.replace('/', '.'));
            }
        }
        return out;
    }

    private static List<String> declaringTransactional(List<String> classNames) throws IOException {
        MetadataReaderFactory readers = new SimpleMetadataReaderFactory();
        List<String> found = new ArrayList<>();
        for (String name : classNames) {
            AnnotationMetadata metadata = readers.getMetadataReader(name).getAnnotationMetadata();
            if (metadata.hasAnnotation(TRANSACTIONAL) || metadata.hasMetaAnnotation(TRANSACTIONAL)
                    || metadata.hasAnnotatedMethods(TRANSACTIONAL)) {
                found.add(name);
            }
        }
        return found;
    }

    @Transactional
    static class TransactionalClass {
    }

    static class TransactionalMethod {
        @Transactional
        void save() {
        }
    }
}
