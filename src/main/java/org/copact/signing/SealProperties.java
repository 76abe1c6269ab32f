package org.copact.signing;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Copact's seal ({@code copact.seal.*}): the key that seals every pact in force. The defaults sit
 * beside COPACT_SEAL_KEYSTORE and COPACT_SEAL_PASSWORD in {@code application.yml}; the embedded
 * default makes its own, self-signed, on first start ({@code application-embedded.yml}).
 *
 * @param keystore a PKCS#12 file holding one private key and its certificate chain
 * @param password the keystore's and the key's password; empty with {@code createIfMissing}: the
 *        password kept beside the keystore, in {@code <keystore>.password}
 * @param alias the key's alias; empty: the keystore's only key
 * @param createIfMissing when the keystore does not exist, make one with a self-signed certificate
 *        (the embedded default only: a seal nobody else vouches for)
 */
@ConfigurationProperties("copact.seal")
public record SealProperties(Path keystore, String password, String alias, boolean createIfMissing) {

    public SealProperties {
        if (keystore == null || keystore.toString().isBlank()) {
            throw new IllegalArgumentException("copact.seal.keystore (COPACT_SEAL_KEYSTORE) must name the PKCS#12 "
                    + "keystore of Copact's seal: every pact in force is sealed with it (README: Your own PostgreSQL "
                    + "and mail server)");
        }
        password = password == null ? "" : password;
        alias = alias == null ? "" : alias;
    }
}
