package org.copact.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void shouldVerifyAnExportOfflineAndFindAnyChangeToIt() throws IOException {
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

        Verified original = verify(zip);
        assertThat(original.status()).as(original.output()).isZero();
        assertThat(original.output()).contains("VERIFIED").contains(administrator.get(
                "/api/rounds/" + round + "/history/verification").json().get("keyId").asText());

        Verified entryChanged = verify(changed(zip, EvidenceZip.ENTRIES, json -> json.replaceFirst("Tamper",
                "Tampered")));
        assertThat(entryChanged.status()).as(entryChanged.output()).isEqualTo(1);
        assertThat(entryChanged.output()).contains("NOT VERIFIED").contains("Entry 1 breaks the chain");

        Verified versionChanged = verify(changed(zip, EvidenceZip.PACT_VERSIONS, json -> json.replace("40%", "4%")));
        assertThat(versionChanged.status()).as(versionChanged.output()).isEqualTo(1);
        assertThat(versionChanged.output()).contains("Pact version 1");

        byte[] bytes = Files.readAllBytes(zip);
        bytes[bytes.length / 3] ^= 0x01;
        Path oneByte = Files.write(zip.resolveSibling("one-byte-" + zip.getFileName()), bytes);
        assertThat(verify(oneByte).status()).as(verify(oneByte).output()).isNotZero();
    }

    private record Verified(int status, String output) {
    }

    private static Verified verify(Path zip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = OfflineVerifier.run(new String[] {"verify", zip.toString()},
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
