package dev.cronhound.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core is pure: no I/O, no dependency on the outer modules. */
class ArchitectureTest {

  static final JavaClasses CORE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.cronhound.core");

  @Test
  void coreDoesNotDependOnOuterModules() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.cronhound.formats..", "dev.cronhound.cli..", "dev.cronhound.bench..")
        .check(CORE);
  }

  @Test
  void coreDoesNoIo() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
        .because("analytics are pure functions over plain values, so they run the same in the CLI and in Flink")
        .check(CORE);
  }
}
