package org.copact.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where outgoing mail goes. {@code secure} asks for STARTTLS on a submission port; the embedded
 * server speaks plain SMTP on loopback.
 */
public record SmtpSettings(String host, int port, String username, String password, boolean secure) {

    /**
     * The Camel endpoint for these settings; the password is passed raw so no character is lost.
     * Assembled here rather than from {@code {{…}}} placeholders: the embedded server's port is known
     * only once it started, and the login and STARTTLS options are there only when set.
     */
    String endpointUri() {
        StringBuilder uri = new StringBuilder("smtp://").append(host).append(':').append(port)
                .append("?connectionTimeout=15000");
        if (username != null && !username.isBlank()) {
            uri.append("&username=").append(URLEncoder.encode(username, StandardCharsets.UTF_8))
                    .append("&password=RAW(").append(password == null ? "" : password).append(')');
        }
        if (secure) {
            uri.append("&additionalJavaMailProperties=#copactStartTls");
        }
        return uri.toString();
    }
}
