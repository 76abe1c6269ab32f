package org.copact.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar copact.jar verify evidence.zip}: verifies a round's evidence export without
 * Copact running and without its database, with the same checks as the verification endpoint (but
 * for documents' bytes, which an export does not carry). Plain Java: no Spring context is started.
 * Exit status 0 when the evidence holds, 1 when something was found, 2 when it cannot be read.
 */
public final class OfflineVerifier {

    public static final String COMMAND = "verify";

    private OfflineVerifier() {
    }

    /** {@code args}: {@value #COMMAND}, the export's path; answers the exit status. */
    public static int run(String[] args, PrintStream out) {
        if (args.length != 2 || !COMMAND.equals(args[0])) {
            out.println("usage: java -jar copact.jar verify <evidence.zip>");
            return 2;
        }
        Path file = Path.of(args[1]);
        Evidence evidence;
        try (InputStream in = Files.newInputStream(file)) {
            evidence = EvidenceZip.read(in);
        } catch (IOException | RuntimeException e) {
            out.println("NOT VERIFIED: " + file + " cannot be read as an evidence export: " + e.getMessage());
            return 2;
        }
        AuditVerification verification = AuditVerification.of(evidence);
        out.println("Round " + evidence.roundId() + ": " + verification.entries() + " entries, "
                + verification.checkpoints() + " checkpoints, " + verification.pactVersions() + " pact versions");
        out.println("Audit key id (SHA-256 of its public key; compare it with the one Copact shows): "
                + verification.keyId());
        if (verification.latestCheckpoint() != null) {
            out.println("Latest signed checkpoint: " + verification.latestCheckpoint().treeSize() + " entries, root "
                    + verification.latestCheckpoint().rootHash() + ", signed " + verification.latestCheckpoint()
                            .signedAt());
        }
        if (verification.valid()) {
            out.println("VERIFIED: every entry, checkpoint and pact version holds");
            return 0;
        }
        out.println("NOT VERIFIED: " + verification.findings().size() + " problem(s)");
        for (Finding finding : verification.findings()) {
            out.println("- " + finding.what() + " [" + finding.where() + "]");
        }
        return 1;
    }
}
