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
 * The modules under org.copact depend on each other only through their public types and without
 * cycles; the module diagram is written under target/ for the next reader.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CopactApplication.class);

    @Test
    void shouldKeepTheModuleBoundaries() {
        MODULES.verify();
    }

    @Test
    void shouldHaveTheModulesTheDesignNames() {
        assertThat(MODULES.stream().map(ApplicationModule::getName)).contains("round", "stakeholder",
                "consultation", "pact", "signing", "tasks", "intake", "audit", "identity", "process");
    }

    @Test
    void shouldWriteTheModuleDiagram() throws IOException {
        Documenter documenter = new Documenter(MODULES);
        documenter.writeModulesAsPlantUml();
        Path diagram = Path.of("target", "spring-modulith-docs", "components.puml");
        assertThat(Files.readString(diagram)).contains("\"Round\"", "\"Process\"", "\"Audit\"");
    }
}
