package org.copact;

import org.copact.audit.OfflineVerifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Copact; each module's settings are a {@code @ConfigurationProperties} record of its own. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CopactApplication {

    /**
     * {@code verify <evidence.zip>} verifies a round's evidence export offline, {@code verify-entry
     * <proof.json>} one entry's inclusion proof, without starting Copact.
     */
    public static void main(String[] args) {
        if (args.length > 0 && OfflineVerifier.COMMANDS.contains(args[0])) {
            System.exit(OfflineVerifier.run(args, System.out));
        }
        SpringApplication.run(CopactApplication.class, args);
    }
}
