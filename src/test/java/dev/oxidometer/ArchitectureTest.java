package dev.oxidometer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure, pinned: feature packages without cycles, and dependencies that point down (ui and api on
 * top, then news, then release, then the pure scanner). {@code ../shared/scripts/package-deps.sh} checks the same
 * from the compiled classes.
 */
@AnalyzeClasses(packages = "dev.oxidometer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SCAN = "dev.oxidometer.scan..";
    private static final String RELEASE = "dev.oxidometer.release..";
    private static final String NEWS = "dev.oxidometer.news..";
    private static final String SYSTEM = "dev.oxidometer.system..";
    private static final String UI = "dev.oxidometer.ui..";
    private static final String API = "dev.oxidometer.api..";

    /** The scanner core runs from a plain main and from tests: it may use Java and JGit, nothing else. */
    @ArchTest
    static final ArchRule scan_depends_only_on_java_and_jgit = classes()
            .that().resideInAPackage(SCAN)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(SCAN, "java..", "org.eclipse.jgit..");

    @ArchTest
    static final ArchRule feature_packages_are_free_of_cycles = slices()
            .matching("dev.oxidometer.(*)..")
            .should().beFreeOfCycles();

    /** Below the features too: ui, ui/news, ui/chart and ui/format (shared view helpers live below their users). */
    @ArchTest
    static final ArchRule every_package_is_free_of_cycles = slices()
            .matching("dev.oxidometer.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_domain_depends_on_neither_ui_nor_api_nor_vaadin = noClasses()
            .that().resideInAnyPackage(SCAN, RELEASE, NEWS)
            .should().dependOnClassesThat().resideInAnyPackage(UI, API, "com.vaadin..");

    @ArchTest
    static final ArchRule dependencies_point_down = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("ui").definedBy(UI)
            .layer("api").definedBy(API)
            .layer("system").definedBy(SYSTEM)
            .layer("news").definedBy(NEWS)
            .layer("release").definedBy(RELEASE)
            .layer("scan").definedBy(SCAN)
            .whereLayer("ui").mayOnlyAccessLayers("system", "news", "release", "scan")
            .whereLayer("api").mayOnlyAccessLayers("system", "news", "release", "scan")
            .whereLayer("system").mayOnlyAccessLayers("news", "release", "scan")
            .whereLayer("news").mayOnlyAccessLayers("release", "scan")
            .whereLayer("release").mayOnlyAccessLayers("scan")
            .whereLayer("scan").mayNotAccessAnyLayer();

    /** Database classes are {@code *Store} in every feature ("repository" means a kernel git repository here). */
    @ArchTest
    static final ArchRule database_classes_are_not_named_repository = noClasses()
            .that().areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .should().haveSimpleNameEndingWith("Repository");

    /** Views find their frame through {@code @Layout}, the frame finds the views through {@code @Menu}. */
    @ArchTest
    static final ArchRule the_layout_names_no_feature_view = noClasses()
            .that().haveFullyQualifiedName("dev.oxidometer.ui.MainLayout")
            .should().dependOnClassesThat().resideInAPackage("dev.oxidometer.ui.news..");

    @ArchTest
    static final ArchRule feature_views_do_not_name_the_layout = noClasses()
            .that().resideInAPackage("dev.oxidometer.ui.news..")
            .should().dependOnClassesThat().haveFullyQualifiedName("dev.oxidometer.ui.MainLayout");
}
