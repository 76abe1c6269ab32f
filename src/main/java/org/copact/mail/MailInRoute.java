package org.copact.mail;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Mail in: every message of the inbox is recorded once by {@link InboundMails}, then moved to the
 * processed folder. A message whose recording failed (the database away) stays in the inbox and
 * is taken at the next poll; a message Copact cannot use is recorded as quarantined, and one that
 * makes its recording fail for good is quarantined by {@link IntakeRouteConfiguration}.
 * Without IMAP settings (an operator who gave none) there is no route.
 */
@Component
class MailInRoute extends RouteBuilder {

    static final String ROUTE_ID = "mail-in";

    private final ObjectProvider<ImapSettings> imap;

    MailInRoute(ObjectProvider<ImapSettings> imap) {
        this.imap = imap;
    }

    @Override
    public void configure() {
        ImapSettings settings = imap.getIfAvailable();
        if (settings == null) {
            return;
        }
        from(settings.endpointUri()).routeId(ROUTE_ID).routeConfigurationId(IntakeRouteConfiguration.ID)
                .bean(InboundMails.class, "take");
    }
}
