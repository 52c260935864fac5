package org.factline.support.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared rules catch what they are for (fixtures under {@code org.factline.archfixture}, each
 * breaking one rule) and pass a clean layout ({@code org.factline.cleanfixture}).
 */
class ServiceArchitectureRulesTest {

    private static final JavaClasses BROKEN = new ClassFileImporter()
            .importPackages("org.factline.archfixture", "org.factline.otherfixture");
    private static final JavaClasses CLEAN = new ClassFileImporter().importPackages("org.factline.cleanfixture");

    @Test
    void frameworkInTheDomainIsReported() {
        assertViolation(ServiceArchitectureRules.DOMAIN_IMPORTS_NO_FRAMEWORK, "FrameworkInDomain", "jakarta.ws.rs.core.Response");
    }

    @Test
    void domainReachingForAnAdapterIsReported() {
        assertViolation(ServiceArchitectureRules.DOMAIN_IMPORTS_NO_OUTER_LAYER, "ReachesOut", "FixtureAdapter");
    }

    @Test
    void applicationSkippingThePortIsReported() {
        assertViolation(ServiceArchitectureRules.APPLICATION_IMPORTS_NO_ADAPTER, "SkipsThePort", "FixtureAdapter");
    }

    @Test
    void oneServiceImportingAnotherIsReported() {
        assertViolation(ServiceArchitectureRules.NO_SERVICE_IMPORTS_ANOTHER, "Trespasser", "org.factline.otherfixture.domain.Foreign");
    }

    @Test
    void aCleanLayoutPassesEveryRule() {
        for (ArchRule rule : List.of(ServiceArchitectureRules.DOMAIN_IMPORTS_NO_FRAMEWORK,
                ServiceArchitectureRules.DOMAIN_IMPORTS_NO_OUTER_LAYER, ServiceArchitectureRules.APPLICATION_IMPORTS_NO_ADAPTER,
                ServiceArchitectureRules.NO_SERVICE_IMPORTS_ANOTHER)) {
            assertThatCode(() -> rule.check(CLEAN)).as(rule.getDescription()).doesNotThrowAnyException();
        }
    }

    @Test
    void serviceRootIsTheThirdPackageSegment() {
        assertThat(ServiceArchitectureRules.serviceRoot("org.factline.claims.adapter.out.mongo")).isEqualTo("org.factline.claims");
        assertThat(ServiceArchitectureRules.serviceRoot("org.factline.contracts")).isEqualTo("org.factline.contracts");
        assertThat(ServiceArchitectureRules.serviceRoot("java.util")).isNull();
    }

    private static void assertViolation(ArchRule rule, String origin, String target) {
        assertThatThrownBy(() -> rule.check(BROKEN)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(origin).hasMessageContaining(target);
    }
}
