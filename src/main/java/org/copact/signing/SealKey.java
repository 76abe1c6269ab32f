package org.copact.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
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
        try {
            char[] password = password(properties);
            if (!Files.exists(properties.keystore())) {
                if (!properties.createIfMissing()) {
                    throw new IllegalStateException("Copact's seal keystore " + properties.keystore().toAbsolutePath()
                            + " does not exist (copact.seal.keystore, COPACT_SEAL_KEYSTORE)");
                }
                create(properties.keystore(), password, clock.instant());
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(properties.keystore())) {
                store.load(in, password);
            }
            String alias = alias(store, properties);
            this.privateKey = (PrivateKey) store.getKey(alias, password);
            this.chain = Collections.unmodifiableList(List.of(store.getCertificateChain(alias)).stream()
                    .map(X509Certificate.class::cast).toList());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Copact's seal keystore " + properties.keystore().toAbsolutePath()
                    + " cannot be read with the password given (copact.seal.password, COPACT_SEAL_PASSWORD): "
                    + e.getMessage(), e);
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

    private static String alias(KeyStore store, SealProperties properties) throws GeneralSecurityException {
        if (!properties.alias().isEmpty()) {
            if (!store.isKeyEntry(properties.alias())) {
                throw new IllegalStateException("Copact's seal keystore holds no key named '" + properties.alias()
                        + "' (copact.seal.alias)");
            }
            return properties.alias();
        }
        List<String> keys = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).toList();
        if (keys.size() != 1) {
            throw new IllegalStateException("Copact's seal keystore holds " + keys.size() + " keys " + keys
                    + ": name the seal's in copact.seal.alias (COPACT_SEAL_ALIAS)");
        }
        return keys.get(0);
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The password given, else (only where Copact makes its own keystore) the one kept beside it. */
    private static char[] password(SealProperties properties) throws IOException {
        if (!properties.password().isEmpty() || !properties.createIfMissing()) {
            return properties.password().toCharArray();
        }
        Path file = properties.keystore().resolveSibling(properties.keystore().getFileName() + ".password");
        if (!Files.exists(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            writePrivately(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random)
                    .getBytes(StandardCharsets.US_ASCII));
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
    }

    private static void create(Path keystore, char[] password, Instant now) throws IOException,
            GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name(EMBEDDED_SUBJECT);
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(EMBEDDED_VALIDITY)), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("copact-seal", pair.getPrivate(), password, new Certificate[] {certificate});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, password);
        writePrivately(keystore, bytes.toByteArray());
        log.warn("Made a self-signed seal for the embedded default in {}: pacts sealed with it show as unaltered, "
                + "but no one vouches for the seal; give your own with COPACT_SEAL_KEYSTORE", keystore.toAbsolutePath());
    }

    /** Written for its owner only, where the file system knows owners. */
    private static void writePrivately(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.write(file, content);
    }
}
