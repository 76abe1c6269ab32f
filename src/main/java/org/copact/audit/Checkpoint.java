package org.copact.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.copact.common.Sha256;

/**
 * A signed checkpoint of a round's audit record, in the manner of a signed tree head (RFC 9162
 * section 4.10): the number of entries it covers, the Merkle root over their hashes
 * ({@link MerkleTree}), when it was signed, which key signed it and the Ed25519 signature over
 * {@link #signedText()}.
 *
 * @param keyId the SHA-256 (hex) of the signing key's SubjectPublicKeyInfo, as RFC 9162 names a log
 * @param signature base64 of the Ed25519 signature
 */
public record Checkpoint(UUID roundId, int treeSize, String rootHash, Instant signedAt, String keyId,
        String signature) {

    static final String FORMAT = "copact-audit-checkpoint/1";

    /** What is signed: one line each, so that anyone can rebuild it from the checkpoint's fields. */
    String signedText() {
        return signedText(roundId, treeSize, rootHash, signedAt);
    }

    static String signedText(UUID roundId, int treeSize, String rootHash, Instant signedAt) {
        return FORMAT + "\n" + roundId + "\n" + treeSize + "\n" + rootHash + "\n" + signedAt + "\n";
    }

    /** Whether the signature is this key's over this checkpoint's fields. */
    boolean signedBy(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedText().getBytes(StandardCharsets.UTF_8));
            return keyId.equals(keyId(key)) && verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static String keyId(PublicKey key) {
        return Sha256.hex(key.getEncoded());
    }

    static PublicKey publicKey(byte[] subjectPublicKeyInfo) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
    }

    static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    static PublicKey fromPem(String pem) throws GeneralSecurityException {
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        return publicKey(Base64.getDecoder().decode(body));
    }
}
