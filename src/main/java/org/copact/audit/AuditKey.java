package org.copact.audit;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import org.copact.common.KeystoreFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The Ed25519 key that signs every checkpoint of the audit record, read once at start. */
@Component
class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    AuditKey(AuditKeyProperties properties, Clock clock) {
        KeystoreFile.Opened opened = new KeystoreFile(properties.keystore(), properties.password(), properties.alias(),
                properties.createIfMissing(), "copact.audit", "COPACT_AUDIT").open(new KeystoreFile.NewKey(
                        "copact-audit", "CN=Copact audit checkpoints,O=Copact", "Ed25519", null, "Ed25519",
                        Duration.ofDays(36500)), clock.instant());
        if (!"EdDSA".equals(opened.privateKey().getAlgorithm()) && !"Ed25519".equals(opened.privateKey().getAlgorithm())) {
            throw new IllegalStateException("The audit keystore " + properties.keystore().toAbsolutePath() + " holds "
                    + "an " + opened.privateKey().getAlgorithm() + " key; checkpoints are signed with Ed25519 "
                    + "(keytool -genkeypair -keyalg Ed25519, README)");
        }
        this.privateKey = opened.privateKey();
        this.publicKey = opened.chain().get(0).getPublicKey();
        if (opened.made()) {
            log.warn("Made the key that signs the audit record's checkpoints in {} (key id {}): keep a copy of its "
                    + "public key apart", properties.keystore().toAbsolutePath(), Checkpoint.keyId(publicKey));
        }
    }

    byte[] sign(byte[] content) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 17 runtime signs with Ed25519", e);
        }
    }

    PublicKey publicKey() {
        return publicKey;
    }

    String keyId() {
        return Checkpoint.keyId(publicKey);
    }
}
