package org.copact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules under org.copact depend on each other only through their public types, only on the
 * modules each declares, and without cycles; their documentation (a canvas per module and the C4
 * component diagram) is written under target/spring-modulith-docs for the next reader.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CopactApplication.class);

    @Test
    void shouldKeepTheModuleBoundaries() {
        MODULES.verify();
    }

    @Test
    void shouldHaveTheModulesTheDesignNames() {
        assertThat(MODULES.stream().map(ApplicationModule::getName)).containsExactlyInAnyOrder("audit", "common",
                "consultation", "documents", "forms", "identity", "mail", "overview", "pact", "process", "round",
                "signing", "stakeholder", "system", "tasks");
    }

    @Test
    void shouldKeepTheFormEngineFreeOfTasksRoundsAndDocuments() {
        ApplicationModule forms = MODULES.getModuleByName("forms").orElseThrow();
        assertThat(forms.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName))
                .isSubsetOf("common");
    }

    @Test
    void shouldWriteTheModuleDocumentation() throws IOException {
        new Documenter(MODULES).writeDocumentation();
        Path docs = Path.of("target", "spring-modulith-docs");
        assertThat(Files.readString(docs.resolve("components.puml"))).contains("\"Round\"", "\"Process\"",
                "\"Forms\"", "\"Mail\"", "\"Documents\"", "\"Overview\"");
        assertThat(docs.resolve("module-forms.adoc")).exists();
    }
}
