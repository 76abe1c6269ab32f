package org.copact.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar copact.jar verify evidence.zip --key-id <id>}: verifies a round's evidence export
 * without Copact running and without its database, with the same checks as the verification endpoint
 * (but for documents' bytes, which an export does not carry). Plain Java: no Spring context is started.
 * The export carries a public key, but anyone who rebuilds an export can sign it with a fresh key of
 * their own: only the key id pinned with {@code --key-id} (the one Copact shows on its verification
 * page and in the API's {@code keyId}) says whose signatures they must be.
 * Exit status 0 when the evidence holds and is signed with the pinned key, 1 when something was found
 * (a key other than the pinned one among it), 2 when it cannot be read (or the command is wrong), 3
 * when it holds but no key was pinned, so that its signatures prove nothing yet.
 */
public final class OfflineVerifier {

    public static final String COMMAND = "verify";
    /** the commands {@link #run} answers: {@value #COMMAND} and {@value EntryProofVerifier#COMMAND} */
    public static final java.util.Set<String> COMMANDS = java.util.Set.of(COMMAND, EntryProofVerifier.COMMAND);
    static final String KEY_ID = "--key-id";
    static final int VERIFIED = 0;
    static final int PROBLEMS = 1;
    static final int UNREADABLE = 2;
    static final int UNPINNED = 3;

    private OfflineVerifier() {
    }

    /**
     * {@code args}: {@value #COMMAND}, the export's path and optionally {@value #KEY_ID} and the key
     * id; or {@value EntryProofVerifier#COMMAND} and its arguments ({@link EntryProofVerifier}).
     */
    public static int run(String[] args, PrintStream out) {
        if (args.length > 0 && EntryProofVerifier.COMMAND.equals(args[0])) {
            return EntryProofVerifier.run(args, out);
        }
        String pinned = args.length == 4 && KEY_ID.equals(args[2]) ? args[3].trim().toLowerCase(Locale.ROOT)
                : args.length == 3 && args[2].startsWith(KEY_ID + "=") ? args[2].substring(KEY_ID.length() + 1)
                        .trim().toLowerCase(Locale.ROOT) : null;
        if (args.length < 2 || !COMMAND.equals(args[0]) || (args.length > 2 && (pinned == null || pinned.isEmpty()))) {
            out.println("usage: java -jar copact.jar verify <evidence.zip> --key-id <the audit key id Copact shows>");
            return UNREADABLE;
        }
        Path file = Path.of(args[1]);
        Evidence evidence;
        try (InputStream in = Files.newInputStream(file)) {
            evidence = EvidenceZip.read(in);
        } catch (IOException | RuntimeException e) {
            out.println("NOT VERIFIED: " + file + " cannot be read as an evidence export: " + e.getMessage());
            return UNREADABLE;
        }
        AuditVerification verification = AuditVerification.of(evidence);
        List<Finding> findings = new ArrayList<>();
        if (pinned != null && !pinned.equals(verification.keyId())) {
            findings.add(Finding.of("keyNotPinned", EvidenceZip.PUBLIC_KEY, "The export is signed with the key "
                    + verification.keyId() + ", not with the pinned audit key " + pinned + ": it was not made by "
                    + "the Copact whose key you pinned, whatever its signatures say"));
        }
        findings.addAll(verification.findings());
        out.println("Round " + evidence.roundId() + ": " + verification.entries() + " entries, "
                + verification.checkpoints() + " checkpoints, " + verification.pactVersions() + " pact versions");
        out.println("Audit key id of the export (SHA-256 of its public key): " + verification.keyId());
        if (verification.latestCheckpoint() != null) {
            out.println("Latest signed checkpoint: " + verification.latestCheckpoint().treeSize() + " entries, root "
                    + verification.latestCheckpoint().rootHash() + ", signed " + verification.latestCheckpoint()
                            .signedAt());
        }
        if (!findings.isEmpty()) {
            out.println("NOT VERIFIED: " + findings.size() + " problem(s)");
            for (Finding finding : findings) {
                out.println("- " + finding.what() + " [" + finding.where() + "]");
            }
            return PROBLEMS;
        }
        if (pinned == null) {
            out.println("NOT VERIFIED: the key was not pinned. The signatures are valid for the key inside the "
                    + "export, which anyone rebuilding an export can replace with their own; run again with "
                    + KEY_ID + " <the audit key id Copact shows on its verification page>");
            return UNPINNED;
        }
        out.println("VERIFIED: every entry, checkpoint and pact version holds, signed with the pinned key " + pinned);
        return VERIFIED;
    }
}
