package org.copact.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With external servers nothing is seeded but the one administrator whose password the operator
 * set (COPACT_ADMIN_PASSWORD); Copact refuses to start without it.
 */
@Component
@ConditionalOnProperty(name = "copact.bootstrap-admin.username")
class BootstrapAdministrator implements ApplicationRunner {

    private final StaffAccounts accounts;
    private final String username;
    private final String password;

    BootstrapAdministrator(StaffAccounts accounts, BootstrapAdminProperties admin) {
        if (admin.password() == null || admin.password().isBlank()) {
            throw new IllegalStateException("copact.bootstrap-admin.password (COPACT_ADMIN_PASSWORD) must be set: "
                    + "the password of the administrator " + admin.username());
        }
        this.accounts = accounts;
        this.username = admin.username();
        this.password = admin.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.ensureUser(username, password, "Administrator", StaffRole.ADMIN, null, null);
    }
}
