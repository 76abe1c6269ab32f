package org.copact.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.copact.common.KeystoreFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The private key that seals pacts and its certificate chain, read once at start from the PKCS#12
 * keystore of {@link SealProperties}, so that a missing file, a wrong password or a keystore without
 * a key stops Copact at start with the setting to fix, not when a pact comes into force.
 */
@Component
public class SealKey {

    private static final Logger log = LoggerFactory.getLogger(SealKey.class);
    static final String EMBEDDED_SUBJECT = "CN=Copact seal (self-signed embedded default),O=Copact";
    private static final Duration EMBEDDED_VALIDITY = Duration.ofDays(3650);

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    SealKey(SealProperties properties, Clock clock) {
        KeystoreFile.Opened opened = new KeystoreFile(properties.keystore(), properties.password(), properties.alias(),
                properties.createIfMissing(), "copact.seal", "COPACT_SEAL").open(new KeystoreFile.NewKey("copact-seal",
                        EMBEDDED_SUBJECT, "EC", new ECGenParameterSpec("secp256r1"), "SHA256withECDSA",
                        EMBEDDED_VALIDITY), clock.instant());
        this.privateKey = opened.privateKey();
        this.chain = opened.chain();
        if (opened.made()) {
            log.warn("Made a self-signed seal for the embedded default in {}: pacts sealed with it show as unaltered, "
                    + "but no one vouches for the seal; give your own with COPACT_SEAL_KEYSTORE",
                    properties.keystore().toAbsolutePath());
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** the seal's certificate first, then those that issued it, as the keystore holds them */
    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
