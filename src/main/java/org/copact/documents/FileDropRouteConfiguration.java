package org.copact.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.copact.common.RouteFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the scan folder does with a file it cannot take: nothing is dropped, and no file stops the
 * route. The failure is not handled, so the file consumer moves the file to {@code error/}; a file
 * refused for good gets a {@code .why.txt} beside it there.
 */
@Component
class FileDropRouteConfiguration extends RouteConfigurationBuilder {

    static final String ID = "file-drop";
    private static final Logger log = LoggerFactory.getLogger(FileDropRouteConfiguration.class);

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class)
                    .handled(false)
                    .process(FileDropRouteConfiguration::explain);
    }

    /** Writes beside the refused file why it was refused; the route then moves it to {@code error/}. */
    static void explain(Exchange exchange) throws IOException {
        if (RouteFailures.mayPass(exchange)) {
            log.warn("{}: {}", exchange.getFromRouteId(), RouteFailures.reason(exchange));
            return;
        }
        Path parent = Path.of(exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class));
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        Path errors = Files.createDirectories(parent.resolve("error"));
        Files.writeString(errors.resolve(name + FileDropRoute.WHY_SUFFIX),
                RouteFailures.reason(exchange) + System.lineSeparator(), StandardCharsets.UTF_8);
    }
}
