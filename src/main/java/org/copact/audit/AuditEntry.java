package org.copact.audit;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copact.common.Sha256;

/**
 * One entry of a round's audit record. Its hash covers every field and the hash of the entry
 * before it, so that changing or removing any entry breaks the chain from there on.
 */
record AuditEntry(UUID roundId, int seq, Instant occurredAt, String actor, String type, String summary,
        Map<String, String> details, String prevHash, String hash) {

    static final String GENESIS = "0".repeat(64);

    static String hashOf(UUID roundId, int seq, Instant occurredAt, String actor, String type, String summary,
            Map<String, String> details, String prevHash) {
        String canonicalDetails = new TreeMap<>(details).entrySet().stream()
                .map(e -> escape(e.getKey()) + "=" + escape(e.getValue()))
                .collect(Collectors.joining("&"));
        String content = String.join("\n", roundId.toString(), Integer.toString(seq), occurredAt.toString(),
                escape(actor), escape(type), escape(summary), canonicalDetails, prevHash);
        return Sha256.hex(content);
    }

    boolean hashMatches() {
        return hash.equals(hashOf(roundId, seq, occurredAt, actor, type, summary, details, prevHash));
    }

    private static String escape(String value) {
        return value == null ? "\u0000" : value.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\=")
                .replace("&", "\\&");
    }
}
