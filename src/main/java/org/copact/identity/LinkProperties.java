package org.copact.identity;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The stakeholders' personal links ({@code copact.public-url}, {@code copact.link-validity}); the
 * public URL's default sits beside COPACT_PUBLIC_URL in {@code application.yml}.
 *
 * @param publicUrl the address people reach Copact at, in the links of every email
 * @param linkValidity how long a personal link stays valid
 */
@ConfigurationProperties("copact")
public record LinkProperties(URI publicUrl, @DefaultValue("P60D") Duration linkValidity) {

    public LinkProperties {
        if (publicUrl == null || !publicUrl.isAbsolute() || publicUrl.getHost() == null) {
            throw new IllegalArgumentException("copact.public-url (COPACT_PUBLIC_URL) must be an absolute address "
                    + "such as https://copact.example.org, not " + publicUrl);
        }
        if (linkValidity.isNegative() || linkValidity.isZero()) {
            throw new IllegalArgumentException("copact.link-validity must be positive, not " + linkValidity);
        }
    }
}
