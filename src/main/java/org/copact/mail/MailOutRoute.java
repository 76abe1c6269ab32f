package org.copact.mail;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Mail out: a mail handed to {@link MailOutbox} is composed and sent over SMTP. Sending is
 * synchronous, so a failure reaches the BPMN step that asked for it, which retries and then
 * raises an incident.
 */
@Component
class MailOutRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:mail-out";
    static final String ROUTE_ID = "mail-out";
    static final String KIND = "CopactMailKind";
    static final String ROUND = "CopactRoundId";
    static final String REPLY_TOKEN = "CopactReplyToken";
    static final String BOUNCE_TOKEN = "CopactBounceToken";

    private final SmtpSettings smtp;

    MailOutRoute(SmtpSettings smtp) {
        this.smtp = smtp;
    }

    @Override
    public void configure() {
        from(ENDPOINT).routeId(ROUTE_ID)
                .setHeader(KIND, simple("${body.kind}"))
                .setHeader(ROUND, simple("${body.roundId}"))
                .bean(MailComposer.class, "compose")
                .log("Sending the ${header." + KIND + "} mail of round ${header." + ROUND + "}")
                .to(smtp.endpointUri());
    }
}
