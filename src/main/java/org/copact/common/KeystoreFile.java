package org.copact.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.AlgorithmParameterSpec;
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

/**
 * A PKCS#12 keystore holding one of Copact's own keys (the seal, the audit record's key), read once
 * at start so that a missing file, a wrong password or a keystore without a key stops Copact with
 * the setting to fix. Where Copact may make its own (the embedded default), it makes the key with a
 * self-signed certificate on first start, and keeps a random password beside it.
 *
 * @param keystore the PKCS#12 file
 * @param password the keystore's and the key's password; empty with {@code createIfMissing}: the one
 *        kept in {@code <keystore>.password}
 * @param alias the key's alias; empty: the keystore's only key
 * @param createIfMissing whether Copact makes the keystore when it does not exist
 * @param setting the settings' prefix, for the messages ({@code copact.seal})
 * @param variable the environment variables' prefix, for the messages ({@code COPACT_SEAL})
 */
public record KeystoreFile(Path keystore, String password, String alias, boolean createIfMissing, String setting,
        String variable) {

    /** How Copact makes a key of its own: the key pair, and the self-signed certificate PKCS#12 wants with it. */
    public record NewKey(String alias, String subject, String keyAlgorithm, AlgorithmParameterSpec parameters,
            String certificateSignature, Duration validity) {
    }

    /** The key with its certificate chain; made first (and {@code true} in {@code made}) where allowed. */
    public record Opened(PrivateKey privateKey, List<X509Certificate> chain, boolean made) {
    }

    public Opened open(NewKey newKey, Instant now) {
        try {
            char[] secret = secret();
            boolean made = false;
            if (!Files.exists(keystore)) {
                if (!createIfMissing) {
                    throw new IllegalStateException("The keystore " + keystore.toAbsolutePath() + " does not exist ("
                            + setting + ".keystore, " + variable + "_KEYSTORE)");
                }
                create(newKey, secret, now);
                made = true;
            }
            requireContent(keystore);
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, secret);
            }
            String chosen = alias(store);
            PrivateKey key = (PrivateKey) store.getKey(chosen, secret);
            List<X509Certificate> chain = Collections.unmodifiableList(List.of(store.getCertificateChain(chosen))
                    .stream().map(X509Certificate.class::cast).toList());
            return new Opened(key, chain, made);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The keystore " + keystore.toAbsolutePath() + " cannot be read with the "
                    + "password given (" + setting + ".password, " + variable + "_PASSWORD): " + e.getMessage(), e);
        }
    }

    private String alias(KeyStore store) throws GeneralSecurityException {
        if (!alias.isEmpty()) {
            if (!store.isKeyEntry(alias)) {
                throw new IllegalStateException("The keystore " + keystore.toAbsolutePath() + " holds no key named '"
                        + alias + "' (" + setting + ".alias)");
            }
            return alias;
        }
        List<String> keys = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).toList();
        if (keys.size() != 1) {
            throw new IllegalStateException("The keystore " + keystore.toAbsolutePath() + " holds " + keys.size()
                    + " keys " + keys + ": name the one to use in " + setting + ".alias (" + variable + "_ALIAS)");
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
    private char[] secret() throws IOException {
        if (!password.isEmpty() || !createIfMissing) {
            return password.toCharArray();
        }
        Path file = keystore.resolveSibling(keystore.getFileName() + ".password");
        if (!Files.exists(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            writePrivately(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random)
                    .getBytes(StandardCharsets.US_ASCII));
        }
        requireContent(file);
        String kept = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (kept.isEmpty()) {
            throw new IllegalStateException("The password file " + file.toAbsolutePath() + " holds no password");
        }
        return kept.toCharArray();
    }

    private void create(NewKey newKey, char[] secret, Instant now) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(newKey.keyAlgorithm());
        if (newKey.parameters() != null) {
            generator.initialize(newKey.parameters());
        }
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name(newKey.subject());
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(newKey.validity())), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .build(new JcaContentSignerBuilder(newKey.certificateSignature()).build(pair.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(newKey.alias(), pair.getPrivate(), secret, new Certificate[] {certificate});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.store(bytes, secret);
        writePrivately(keystore, bytes.toByteArray());
    }

    /**
     * Written for its owner only, where the file system knows owners: to a temporary file in the same
     * folder, then moved into place at once, so that a crash leaves the whole file or none.
     */
    public static void writePrivately(Path file, byte[] content) throws IOException {
        Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(folder, file.getFileName().toString(), ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(content));
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A file that a start cut short left empty stops Copact with what to do, rather than with a key of no password. */
    private void requireContent(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw new IllegalStateException("The file " + file.toAbsolutePath() + " is empty (a start interrupted "
                    + "while making it?): remove it and the keystore " + keystore.toAbsolutePath() + " if it holds "
                    + "no key in use yet, or restore both from a copy (" + setting + ".keystore, " + variable
                    + "_KEYSTORE)");
        }
    }
}
