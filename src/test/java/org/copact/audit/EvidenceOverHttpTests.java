package org.copact.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.identity.StaffRole;
import org.copact.pact.PactService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A round's evidence, exported over HTTP by an administrator, verifies offline (no Copact, no
 * database: {@code java -jar copact.jar verify evidence.zip} runs {@link OfflineVerifier}); changed
 * in one entry, one pact version or one byte, it does not.
 */
class EvidenceOverHttpTests extends HttpTestSupport {

    @Autowired
    private PactService pacts;

    @Test
    void shouldVerifyAnExportOfflineAndFindAnyChangeToIt() throws IOException, GeneralSecurityException {
        VerifiedRounds rounds = new VerifiedRounds(pacts);
        UUID round = rounds.launched(facilitatorSession);
        rounds.publishedVersion(round, "The parties reduce emissions by 40% by 2030.");
        String admin = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureUser(admin, admin, "Administrator", StaffRole.ADMIN, null, null);
        HttpSession administrator = HttpSession.loggedIn(baseUrl(), admin, admin);

        assertThat(facilitatorSession.download("/api/rounds/" + round + "/history/evidence").status())
                .as("administrators only").isEqualTo(403);
        HttpSession.Download export = administrator.download("/api/rounds/" + round + "/history/evidence");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentDisposition()).contains("round-" + round + "-evidence.zip");
        Path zip = Files.createTempFile(Files.createDirectories(Path.of("target", "test-data")), "evidence", ".zip");
        Files.write(zip, export.body());

        String keyId = administrator.get("/api/rounds/" + round + "/history/verification").json().get("keyId")
                .asText();

        Verified original = verify(zip, keyId);
        assertThat(original.status()).as(original.output()).isZero();
        assertThat(original.output()).contains("VERIFIED").contains(keyId);
        Verified unpinned = verify(zip, null);
        assertThat(unpinned.status()).as("no key pinned: signatures prove nothing yet").isEqualTo(3);
        assertThat(unpinned.output()).contains("NOT VERIFIED: the key was not pinned").contains("--key-id");

        Verified entryChanged = verify(changed(zip, EvidenceZip.ENTRIES, json -> json.replaceFirst("Tamper",
                "Tampered")), keyId);
        assertThat(entryChanged.status()).as(entryChanged.output()).isEqualTo(1);
        assertThat(entryChanged.output()).contains("NOT VERIFIED").contains("Entry 1 breaks the chain");

        Verified versionChanged = verify(changed(zip, EvidenceZip.PACT_VERSIONS, json -> json.replace("40%", "4%")),
                keyId);
        assertThat(versionChanged.status()).as(versionChanged.output()).isEqualTo(1);
        assertThat(versionChanged.output()).contains("Pact version 1");

        Path forged = resigned(zip);
        Verified forgedUnpinned = verify(forged, null);
        assertThat(forgedUnpinned.status()).as("the forgery holds for its own key: " + forgedUnpinned.output())
                .isEqualTo(3);
        Verified forgedPinned = verify(forged, keyId);
        assertThat(forgedPinned.status()).as(forgedPinned.output()).isEqualTo(1);
        assertThat(forgedPinned.output()).contains("NOT VERIFIED: 1 problem(s)")
                .contains("not with the pinned audit key " + keyId);

        Path outsideRemoved = changed(without(zip, EvidenceZip.OUTSIDE), EvidenceZip.MANIFEST,
                json -> json.replace("\"outsideKept\" : true", "\"outsideKept\" : false"));
        Verified outsideGone = verify(outsideRemoved, keyId);
        assertThat(outsideGone.status()).as(outsideGone.output()).isEqualTo(1);
        assertThat(outsideGone.output()).contains("No checkpoint of this round is kept outside the database");

        byte[] bytes = Files.readAllBytes(zip);
        bytes[bytes.length / 3] ^= 0x01;
        Path oneByte = Files.write(zip.resolveSibling("one-byte-" + zip.getFileName()), bytes);
        Verified flipped = verify(oneByte, keyId);
        assertThat(flipped.status()).as(flipped.output()).isEqualTo(2);
        assertThat(flipped.output()).contains("cannot be read as an evidence export");
    }

    /**
     * The forgery the export's own public key allows: an entry rewritten, every hash after it
     * recomputed, every checkpoint signed again with a fresh Ed25519 key put in the export's place.
     */
    private static Path resigned(Path zip) throws IOException, GeneralSecurityException {
        Evidence real;
        try (var in = Files.newInputStream(zip)) {
            real = EvidenceZip.read(in);
        }
        KeyPair fresh = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditEntry.GENESIS;
        for (AuditEntry e : real.entries()) {
            String summary = e.seq() == 1 ? "Forged: " + e.summary() : e.summary();
            String hash = AuditEntry.hashOf(e.roundId(), e.seq(), e.occurredAt(), e.actor(), e.type(), summary,
                    e.details(), previous);
            entries.add(new AuditEntry(e.roundId(), e.seq(), e.occurredAt(), e.actor(), e.type(), summary,
                    e.details(), previous, hash));
            previous = hash;
        }
        List<String> hashes = entries.stream().map(AuditEntry::hash).toList();
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (Checkpoint c : real.checkpoints()) {
            checkpoints.add(signed(c, hashes, fresh));
        }
        Evidence forged = new Evidence(real.roundId(), entries, checkpoints, signed(real.outside(), hashes, fresh),
                true, real.pactVersions(), real.documents(), fresh.getPublic());
        return Files.write(zip.resolveSibling("resigned-" + zip.getFileName()),
                EvidenceZip.write(forged, Instant.now()));
    }

    private static Checkpoint signed(Checkpoint c, List<String> hashes, KeyPair key) throws GeneralSecurityException {
        String root = MerkleTree.root(hashes, c.treeSize());
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key.getPrivate());
        signature.update(Checkpoint.signedText(c.roundId(), c.treeSize(), root, c.signedAt())
                .getBytes(StandardCharsets.UTF_8));
        return new Checkpoint(c.roundId(), c.treeSize(), root, c.signedAt(), Checkpoint.keyId(key.getPublic()),
                Base64.getEncoder().encodeToString(signature.sign()));
    }

    /** the export without one of its files */
    private static Path without(Path zip, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (!entry.getName().equals(name)) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
        }
        return Files.write(zip.resolveSibling("without-" + name + "-" + zip.getFileName()), bytes.toByteArray());
    }

    private record Verified(int status, String output) {
    }

    private static Verified verify(Path zip, String keyId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = OfflineVerifier.run(keyId == null ? new String[] {"verify", zip.toString()}
                : new String[] {"verify", zip.toString(), "--key-id", keyId},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Verified(status, out.toString(StandardCharsets.UTF_8));
    }

    /** the export with one of its files rewritten, the others as they were */
    private static Path changed(Path zip, String name, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    String before = new String(content, StandardCharsets.UTF_8);
                    String after = change.apply(before);
                    assertThat(after).as("the change applies to " + name).isNotEqualTo(before);
                    content = after.getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertThat(found).isTrue();
        return Files.write(zip.resolveSibling(name + "-" + zip.getFileName()), bytes.toByteArray());
    }
}
