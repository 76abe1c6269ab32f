package org.copact.intake;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * What every intake route does with what it cannot handle: nothing is dropped, and no message or
 * file stops a route. A failure that may pass (the database away, the SMTP server of a notice
 * away) leaves the message where it was, for the next poll; anything else is set aside with its
 * reason: a message in quarantine, a file in {@code error/} beside a {@code .why.txt}.
 */
@Component
class IntakeRouteConfiguration extends RouteConfigurationBuilder {

    static final String ID = "intake";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class)
                    .handled(exchange -> !IntakeFailures.mayPass(exchange) && !IntakeFailures.isFile(exchange))
                    .bean(IntakeFailures.class, "setAside");
    }
}
