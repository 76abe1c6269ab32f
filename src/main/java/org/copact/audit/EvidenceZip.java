package org.copact.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.copact.pact.StoredPactVersion;

/**
 * A round's evidence as one zip: its entries, pact versions, checkpoints (those in the database, and
 * the one kept outside it), the documents' hashes and the audit key's public key, in plain JSON and
 * PEM, so that it can be verified without Copact ({@link OfflineVerifier}) or by anyone's own tool.
 */
final class EvidenceZip {

    static final String MANIFEST = "manifest.json";
    static final String ENTRIES = "entries.json";
    static final String CHECKPOINTS = "checkpoints.json";
    static final String OUTSIDE = "outside-checkpoint.json";
    static final String PACT_VERSIONS = "pact-versions.json";
    static final String DOCUMENTS = "documents.json";
    static final String PUBLIC_KEY = "public-key.pem";

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    record Manifest(String format, UUID roundId, Instant exportedAt, String keyId, boolean outsideKept) {
    }

    private EvidenceZip() {
    }

    static byte[] write(Evidence evidence, Instant exportedAt) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, MANIFEST, JSON.writeValueAsBytes(new Manifest("copact-evidence/1", evidence.roundId(), exportedAt,
                    Checkpoint.keyId(evidence.key()), evidence.outsideKept())));
            put(zip, ENTRIES, JSON.writeValueAsBytes(evidence.entries()));
            put(zip, CHECKPOINTS, JSON.writeValueAsBytes(evidence.checkpoints()));
            if (evidence.outside() != null) {
                put(zip, OUTSIDE, JSON.writeValueAsBytes(evidence.outside()));
            }
            put(zip, PACT_VERSIONS, JSON.writeValueAsBytes(evidence.pactVersions()));
            put(zip, DOCUMENTS, JSON.writeValueAsBytes(evidence.documents()));
            put(zip, PUBLIC_KEY, Checkpoint.pem(evidence.key()).getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.toByteArray();
    }

    /** The evidence back from an export; an unreadable or incomplete one is an IOException that says why. */
    static Evidence read(InputStream in) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (files.put(entry.getName(), zip.readAllBytes()) != null) {
                    throw new IOException("the export holds " + entry.getName() + " twice");
                }
            }
        }
        for (String needed : List.of(MANIFEST, ENTRIES, CHECKPOINTS, PACT_VERSIONS, PUBLIC_KEY)) {
            if (!files.containsKey(needed)) {
                throw new IOException("the export holds no " + needed + ": it is not a Copact evidence export");
            }
        }
        Manifest manifest = JSON.readValue(files.get(MANIFEST), Manifest.class);
        try {
            return new Evidence(manifest.roundId(),
                    JSON.readValue(files.get(ENTRIES), new TypeReference<List<AuditEntry>>() { }),
                    JSON.readValue(files.get(CHECKPOINTS), new TypeReference<List<Checkpoint>>() { }),
                    files.containsKey(OUTSIDE) ? JSON.readValue(files.get(OUTSIDE), Checkpoint.class) : null,
                    // never the manifest's word: Copact always keeps one, and a forger could say it did not
                    true,
                    JSON.readValue(files.get(PACT_VERSIONS), new TypeReference<List<StoredPactVersion>>() { }),
                    files.containsKey(DOCUMENTS) ? JSON.readValue(files.get(DOCUMENTS),
                            new TypeReference<List<Evidence.DocumentFacts>>() { }) : List.of(),
                    Checkpoint.fromPem(new String(files.get(PUBLIC_KEY), StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("the export's public key is not an Ed25519 key: " + e.getMessage(), e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
