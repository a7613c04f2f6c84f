package io.github.camellalal.component;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * How the project's packages may depend on each other, read from the compiled main classes (tests excluded): Camel's
 * face in the root package uses the machinery packages (options, message, process, metrics, tasks, spool, store),
 * which never use it back, and the client knows nothing of Camel. A header name inlined from {@link LalalConstants}
 * is invisible here: {@link MachineryClassFilesTest} checks the class files for it.
 */
@AnalyzeClasses(packages = "io.github.camellalal", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependencyTest {

    /** Each package is a slice; no chain of dependencies leads from a package back to itself. */
    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("io.github.camellalal.(**)")
            .as("packages of io.github.camellalal").should().beFreeOfCycles();

    /** The machinery is handed values: it never names a class of Camel's face, which could not move without it. */
    @ArchTest
    static final ArchRule MACHINERY_WITHOUT_ROOT = noClasses().that()
            .resideInAPackage("io.github.camellalal.component.*..")
            .should().dependOnClassesThat().resideInAPackage("io.github.camellalal.component");

    /** The client is plain Java: usable without Camel, and the component only translates around it. */
    @ArchTest
    static final ArchRule CLIENT_WITHOUT_CAMEL = noClasses().that().resideInAPackage("io.github.camellalal.client..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.camel..");
}
