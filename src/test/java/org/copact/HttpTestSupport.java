package org.copact;

import com.icegreen.greenmail.util.GreenMail;
import org.copact.identity.Caller;
import org.copact.identity.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Copact as its users reach it: over HTTP on a free port, with the job executor running, the
 * embedded PostgreSQL and the embedded mail server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
public abstract class HttpTestSupport {

    @LocalServerPort
    protected int port;
    @Autowired
    protected StaffAccounts accounts;
    @Autowired
    protected GreenMail mailServer;

    protected Caller.Staff facilitator;
    protected HttpSession facilitatorSession;
    protected Mailbox mailbox;

    @BeforeEach
    void newRegion() {
        facilitator = TestRounds.newRegionWithFacilitator(accounts);
        facilitatorSession = HttpSession.loggedIn(baseUrl(), facilitator.username(), facilitator.username());
        mailbox = new Mailbox(mailServer);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
