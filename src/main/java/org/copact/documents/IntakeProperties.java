package org.copact.documents;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scan folder ({@code copact.intake.*}); the folder's default sits beside COPACT_INTAKE_FOLDER
 * in {@code application.yml}.
 *
 * @param folder {@code <folder>/<round id>/<file>}, then {@code done/} or {@code error/} beside it
 * @param pollDelay how often the folder is scanned (a plain number is milliseconds)
 */
@ConfigurationProperties("copact.intake")
public record IntakeProperties(Path folder, @DefaultValue("2s") Duration pollDelay) {

    public IntakeProperties {
        if (folder == null) {
            throw new IllegalArgumentException("copact.intake.folder (COPACT_INTAKE_FOLDER) must be set");
        }
        if (pollDelay.isNegative() || pollDelay.isZero()) {
            throw new IllegalArgumentException("copact.intake.poll-delay must be positive, not " + pollDelay);
        }
    }
}
