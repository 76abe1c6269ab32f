package org.copact.mail;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.copact.common.RouteFailures;
import org.springframework.stereotype.Component;

/**
 * What the mail-in route does with a message it cannot handle: nothing is dropped, and no message
 * stops the route. A failure that may pass (the database away, the SMTP server of a notice away)
 * leaves the message in the inbox for the next poll; anything else is quarantined with its reason.
 */
@Component
class IntakeRouteConfiguration extends RouteConfigurationBuilder {

    static final String ID = "intake";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class)
                    .handled(exchange -> !RouteFailures.mayPass(exchange))
                    .bean(IntakeFailures.class, "setAside");
    }
}
