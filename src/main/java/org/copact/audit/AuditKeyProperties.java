package org.copact.audit;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that signs the audit record's checkpoints ({@code copact.audit.*}): an Ed25519 key in a
 * PKCS#12 keystore the database does not hold. The latest checkpoint of each round is also kept
 * beside the keystore, in {@code checkpoints/<round>.json}. The embedded default makes the key on
 * first start in the data folder ({@code application-embedded.yml}).
 *
 * @param keystore a PKCS#12 file holding one Ed25519 private key and its certificate
 * @param password the keystore's and the key's password; empty with {@code createIfMissing}: the
 *        password kept in {@code <keystore>.password}
 * @param alias the key's alias; empty: the keystore's only key
 * @param createIfMissing when the keystore does not exist, make one (with a self-signed certificate)
 */
@ConfigurationProperties("copact.audit")
record AuditKeyProperties(Path keystore, String password, String alias, boolean createIfMissing) {

    AuditKeyProperties {
        if (keystore == null || keystore.toString().isBlank()) {
            throw new IllegalArgumentException("copact.audit.keystore (COPACT_AUDIT_KEYSTORE) must name the PKCS#12 "
                    + "keystore of the key that signs the audit record's checkpoints (README: Your own PostgreSQL "
                    + "and mail server)");
        }
        password = password == null ? "" : password;
        alias = alias == null ? "" : alias;
    }

    /** where the latest checkpoint of each round is kept outside the database */
    Path checkpointFolder() {
        return keystore.toAbsolutePath().resolveSibling("checkpoints");
    }
}
