package org.copact.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar copact.jar verify-entry proof.json --key-id <id> [--checkpoint checkpoint.json]}:
 * verifies one entry of a round's record against a signed checkpoint, offline, without the rest of
 * the record: the entry's hash from its fields, its leaf hash, the audit path up to the checkpoint's
 * root (RFC 9162 section 2.1.3.2) and the checkpoint's signature by the pinned audit key. With
 * {@code --checkpoint}, the checkpoint is one the verifier kept (the file beside Copact's keystore, a
 * mailed one, an earlier proof's) instead of the proof's own. Exit status as {@link OfflineVerifier}'s.
 */
final class EntryProofVerifier {

    static final String COMMAND = "verify-entry";
    static final String CHECKPOINT = "--checkpoint";

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private EntryProofVerifier() {
    }

    static int run(String[] args, PrintStream out) {
        String pinned = option(args, OfflineVerifier.KEY_ID);
        String kept = option(args, CHECKPOINT);
        if (args.length < 2 || !COMMAND.equals(args[0]) || args[1].startsWith("--") || args.length % 2 != 0
                || (pinned != null && pinned.isBlank()) || (kept != null && kept.isBlank())
                || args.length != 2 + (pinned == null ? 0 : 2) + (kept == null ? 0 : 2)) {
            out.println("usage: java -jar copact.jar verify-entry <proof.json> --key-id <the audit key id Copact "
                    + "shows> [--checkpoint <a checkpoint you kept>]");
            return OfflineVerifier.UNREADABLE;
        }
        EntryProof proof;
        Checkpoint checkpoint;
        PublicKey key;
        try {
            proof = JSON.readValue(Files.readAllBytes(Path.of(args[1])), EntryProof.class);
            checkpoint = kept == null ? proof.checkpoint() : JSON.readValue(Files.readAllBytes(Path.of(kept)),
                    Checkpoint.class);
            key = Checkpoint.fromPem(proof.publicKey());
            if (proof.entry() == null || checkpoint == null || proof.auditPath() == null || proof.leafHash() == null) {
                throw new IOException("it holds no entry, checkpoint, leaf hash or audit path");
            }
            if (checkpoint.roundId() == null || checkpoint.rootHash() == null || proof.entry().roundId() == null
                    || proof.entry().hash() == null) {
                throw new IOException("its checkpoint has no round or root hash, or its entry no round or hash");
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            out.println("NOT VERIFIED: the proof or checkpoint cannot be read: " + e.getMessage());
            return OfflineVerifier.UNREADABLE;
        }
        List<String> problems = problems(proof, checkpoint, key, pinned == null ? null
                : pinned.trim().toLowerCase(Locale.ROOT));
        AuditEntry entry = proof.entry();
        out.println("Round " + entry.roundId() + ", entry " + entry.seq() + " (" + entry.type() + ", "
                + entry.occurredAt() + "): \"" + entry.summary() + "\"");
        out.println("Checkpoint: " + checkpoint.treeSize() + " entries, root " + checkpoint.rootHash() + ", signed "
                + checkpoint.signedAt() + " by key " + Checkpoint.keyId(key));
        if (!problems.isEmpty()) {
            out.println("NOT VERIFIED: " + problems.size() + " problem(s)");
            problems.forEach(problem -> out.println("- " + problem));
            return OfflineVerifier.PROBLEMS;
        }
        if (pinned == null) {
            out.println("NOT VERIFIED: the key was not pinned. The proof holds for the key inside it, which anyone "
                    + "can replace with their own; run again with " + OfflineVerifier.KEY_ID + " <the audit key id "
                    + "Copact shows on its verification page>");
            return OfflineVerifier.UNPINNED;
        }
        out.println("VERIFIED: entry " + entry.seq() + " is entry " + entry.seq() + " of the " + checkpoint.treeSize()
                + " that the checkpoint signed with the pinned key " + pinned + " covers");
        return OfflineVerifier.VERIFIED;
    }

    private static List<String> problems(EntryProof proof, Checkpoint checkpoint, PublicKey key, String pinned) {
        List<String> problems = new ArrayList<>();
        AuditEntry entry = proof.entry();
        if (pinned != null && !pinned.equals(Checkpoint.keyId(key))) {
            problems.add("The proof carries the key " + Checkpoint.keyId(key) + ", not the pinned audit key "
                    + pinned + ": it was not made by the Copact whose key you pinned");
        }
        if (!checkpoint.signedBy(key) || !checkpoint.roundId().equals(entry.roundId())) {
            problems.add("The checkpoint of " + checkpoint.treeSize() + " entries does not carry a valid signature "
                    + "of the audit key over this round's record");
        }
        if (!entry.hashMatches()) {
            problems.add("Entry " + entry.seq() + " was changed: its fields do not give its hash " + entry.hash());
        }
        String leaf = HexFormat.of().formatHex(MerkleTree.leaf(hex(entry.hash())));
        if (!leaf.equals(proof.leafHash())) {
            problems.add("The leaf hash " + proof.leafHash() + " is not that of entry " + entry.seq());
        }
        List<byte[]> path = proof.auditPath().stream().map(EntryProofVerifier::hex).toList();
        if (!MerkleTree.includes(hex(checkpoint.rootHash()), checkpoint.treeSize(), entry.seq() - 1, hex(leaf), path)) {
            problems.add("The audit path does not lead from entry " + entry.seq() + " to the root "
                    + checkpoint.rootHash() + " of the checkpoint of " + checkpoint.treeSize() + " entries: the entry "
                    + "is not the one the checkpoint covers at that place");
        }
        return problems;
    }

    private static byte[] hex(String hex) {
        try {
            return HexFormat.of().parseHex(hex == null ? "" : hex);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static String option(String[] args, String name) {
        for (int i = 2; i < args.length - 1; i++) {
            if (name.equals(args[i])) {
                return args[i + 1];
            }
        }
        return null;
    }
}
