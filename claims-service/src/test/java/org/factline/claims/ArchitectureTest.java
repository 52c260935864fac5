package org.factline.claims;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.factline.support.architecture.ServiceArchitectureRules;

/** claims-service's production classes keep the shared layering ({@link ServiceArchitectureRules}). */
@AnalyzeClasses(packages = "org.factline.claims", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests LAYERING = ArchTests.in(ServiceArchitectureRules.class);
}
