package org.copact;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Copact; each module's settings are a {@code @ConfigurationProperties} record of its own. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CopactApplication {

    public static void main(String[] args) {
        SpringApplication.run(CopactApplication.class, args);
    }
}
