package dev.oxidometer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The scanner core runs from a plain main and from tests: it may use Java and JGit, nothing else. */
@AnalyzeClasses(packages = "dev.oxidometer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule scan_depends_only_on_java_and_jgit = classes()
            .that().resideInAPackage("dev.oxidometer.scan..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.oxidometer.scan..", "java..", "org.eclipse.jgit..");
}
