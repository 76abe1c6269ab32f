package org.copact.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one administrator created with external servers ({@code copact.bootstrap-admin.*}); the
 * defaults sit beside COPACT_ADMIN_USERNAME and COPACT_ADMIN_PASSWORD in {@code application-external.yml}.
 */
@ConfigurationProperties("copact.bootstrap-admin")
public record BootstrapAdminProperties(String username, String password) {
}
