package org.factline.extraction;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.factline.support.architecture.ServiceArchitectureRules;

/** extraction-service's production classes keep the shared layering ({@link ServiceArchitectureRules}). */
@AnalyzeClasses(packages = "org.factline.extraction", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests LAYERING = ArchTests.in(ServiceArchitectureRules.class);
}
