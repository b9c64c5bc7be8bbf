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
    private static final MetadataReaderFactory READERS = new SimpleMetadataReaderFactory();

    @Test
    void theApplicationLeavesOutAopAndDeclarativeTransactions() {
        assertThat(RekapApplication.class.getAnnotation(SpringBootApplication.class).exclude())
                .contains(AopAutoConfiguration.class, TransactionAutoConfiguration.class);
    }

    @Test
    void neitherTheProgramNorSpringBatchDeclaresATransactionalClassOrMethod() throws IOException {
        List<AnnotationMetadata> program = classes("id/go/banggaikab/rekap");
        List<AnnotationMetadata> batch = classes("org/springframework/batch");

        assertThat(program).as("the scan reads the program's classes").hasSizeGreaterThan(300)
                .extracting(AnnotationMetadata::getClassName).contains(RekapApplication.class.getName());
        assertThat(batch).as("and Spring Batch's").hasSizeGreaterThan(300);
        assertThat(declaringTransactional(program)).isEmpty();
        assertThat(declaringTransactional(batch)).isEmpty();
    }

    @Test
    void theCheckFindsTheAnnotationOnAClassAndOnAMethod() throws IOException {
        List<AnnotationMetadata> fixtures = new ArrayList<>();
        for (Class<?> c : List.of(TransactionalClass.class, TransactionalMethod.class, NoDeclaredAdviceTest.class)) {
            fixtures.add(READERS.getMetadataReader(c.getName()).getAnnotationMetadata());
        }
        assertThat(declaringTransactional(fixtures))
                .containsExactly(TransactionalClass.class.getName(), TransactionalMethod.class.getName());
    }

    /** Every class file under {@code packagePath} in the jars and the program's classes, read as it is found. */
    private static List<AnnotationMetadata> classes(String packagePath) throws IOException {
        List<AnnotationMetadata> out = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + packagePath
                + "/**/*.class")) {
            if (r.getURL().toString().contains("/test-classes/") || r.getFilename().endsWith("-info.class")) {
                continue; // the tests' own classes (this one's fixtures among them) are not the program
            }
            out.add(READERS.getMetadataReader(r).getAnnotationMetadata());
        }
        return out;
    }

    private static List<String> declaringTransactional(List<AnnotationMetadata> classes) {
        return classes.stream().filter(m -> m.hasAnnotation(TRANSACTIONAL) || m.hasMetaAnnotation(TRANSACTIONAL)
                || m.hasAnnotatedMethods(TRANSACTIONAL)).map(AnnotationMetadata::getClassName).toList();
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
