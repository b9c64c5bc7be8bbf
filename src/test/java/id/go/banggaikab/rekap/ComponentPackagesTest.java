package id.go.banggaikab.rekap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.mock.env.MockEnvironment;

/**
 * The application scans only the packages named on {@link RekapApplication} for components (a start reads fewer class
 * files). A component put anywhere else in the program would be silently missing at run time: every component of the
 * whole program must lie in one of those packages.
 */
class ComponentPackagesTest {

    @Test
    void everyComponentOfTheProgramLiesInAPackageTheApplicationScans() {
        List<String> scanned = Arrays.asList(RekapApplication.class.getAnnotation(SpringBootApplication.class)
                .scanBasePackages());
        ClassPathScanningCandidateComponentProvider all = new ClassPathScanningCandidateComponentProvider(true,
                new MockEnvironment().withProperty("rekap.jadwal.aktif", "true")); // conditional ones included

        List<String> components = all.findCandidateComponents("id.go.banggaikab.rekap").stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(name -> !name.contains("Test") && !name.equals(RekapApplication.class.getName()))
                .toList();

        assertThat(components).as("the scan finds the program's components").hasSizeGreaterThan(20)
                .contains("id.go.banggaikab.rekap.job.RekapJobConfiguration",
                        "id.go.banggaikab.rekap.history.SubmissionStore",
                        "id.go.banggaikab.rekap.jadwal.JadwalConfiguration");
        assertThat(components).allSatisfy(name -> assertThat(scanned).as(name)
                .anyMatch(p -> name.startsWith(p + ".")));
    }
}
