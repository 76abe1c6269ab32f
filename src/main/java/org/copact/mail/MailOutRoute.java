package org.copact.mail;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Mail out: a mail that {@link MailOutbox} wrote and kept is sent over SMTP as it was kept. Sending is
 * synchronous, so a failure reaches the BPMN step that asked for it, which retries and then
 * raises an incident.
 */
@Component
class MailOutRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:mail-out";
    static final String ROUTE_ID = "mail-out";
    static final String KIND = "CopactMailKind";
    static final String ROUND = "CopactRoundId";

    private final SmtpSettings smtp;

    MailOutRoute(SmtpSettings smtp) {
        this.smtp = smtp;
    }

    @Override
    public void configure() {
        from(ENDPOINT).routeId(ROUTE_ID)
                .log("Sending the ${header." + KIND + "} mail of round ${header." + ROUND + "}")
                .to(smtp.endpointUri());
    }
}
