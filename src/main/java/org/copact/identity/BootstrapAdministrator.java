package org.copact.identity;

import org.springframework.beans.factory.annotation.Value;
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

    BootstrapAdministrator(StaffAccounts accounts, @Value("${copact.bootstrap-admin.username}") String username,
            @Value("${copact.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.ensureUser(username, password, "Administrator", StaffRole.ADMIN, null, null);
    }
}
