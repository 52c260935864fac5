package org.factline.support.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layering every Factline service keeps, as one rule set each service's {@code ArchitectureTest}
 * runs over its own classes ({@code @ArchTest ArchTests.in(ServiceArchitectureRules.class)}).
 * Packages are {@code org.factline.<service>.{domain,application,adapter,config}}; the rules name no
 * service, so a new one is covered by adding the four-line test.
 *
 * <p>Decision on contracts: {@code domain} may use {@code org.factline.contracts} (events and value
 * types are the shared language), even though some contract types carry Jackson annotations for
 * their wire form. Those annotations stay inside {@code event-contracts}; a domain class itself
 * names no Jackson type, so the wire format never leaks into decisions.
 */
public final class ServiceArchitectureRules {

    /** Frameworks and drivers the pure domain must not know (JDK packages, javax.crypto included, are fine). */
    static final String[] FRAMEWORKS = {
        "jakarta..", "javax.inject..", "javax.ws..", "io.quarkus..", "io.smallrye..", "io.vertx..",
        "org.eclipse.microprofile..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
        "com.fasterxml.jackson..", "org.jboss..", "io.micrometer..", "io.opentelemetry..",
    };

    /** Shared modules every service may depend on. */
    static final String[] SHARED = {"org.factline.contracts", "org.factline.support"};

    private static final String DOMAIN = "org.factline.*.domain..";
    private static final String APPLICATION = "org.factline.*.application..";
    private static final String ADAPTER = "org.factline.*.adapter..";
    private static final String CONFIG = "org.factline.*.config..";

    @ArchTest
    public static final ArchRule DOMAIN_IMPORTS_NO_FRAMEWORK = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the domain is pure Java: decide/evolve, value types and ports, testable without a container");

    @ArchTest
    public static final ArchRule DOMAIN_IMPORTS_NO_OUTER_LAYER = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, ADAPTER, CONFIG)
            .because("dependencies point inwards: use cases and adapters know the domain, never the reverse");

    @ArchTest
    public static final ArchRule APPLICATION_IMPORTS_NO_ADAPTER = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAPackage(ADAPTER)
            .because("use cases talk to the outside through domain ports, which adapters implement");

    @ArchTest
    public static final ArchRule NO_SERVICE_IMPORTS_ANOTHER = classes().that().resideInAPackage("org.factline..")
            .should(dependOnlyOnOwnServiceOrShared())
            .because("services talk only through Kafka topics and HTTP; shared code lives in event-contracts and service-support");

    private ServiceArchitectureRules() {
    }

    /** {@code org.factline.<service>} of a class, or null for classes outside that layout. */
    static String serviceRoot(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length >= 3 && parts[0].equals("org") && parts[1].equals("factline") ? "org.factline." + parts[2] : null;
    }

    private static ArchCondition<JavaClass> dependOnlyOnOwnServiceOrShared() {
        return new ArchCondition<>("depend only on their own service's packages, event-contracts and service-support") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = serviceRoot(origin.getPackageName());
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = serviceRoot(d.getTargetClass().getPackageName());
                    if (target == null || target.equals(own) || isShared(target)) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                }
            }
        };
    }

    private static boolean isShared(String root) {
        for (String shared : SHARED) {
            if (root.equals(shared)) {
                return true;
            }
        }
        return false;
    }
}
