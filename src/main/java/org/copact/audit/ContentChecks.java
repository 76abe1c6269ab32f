package org.copact.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copact.pact.StoredPactVersion;

/**
 * What the record speaks of, against what is kept: each pact version's SHA-256 recomputed from its
 * document (or text), its text against its document, and its SHA-256 against the one its
 * {@code PactVersionPublished} entry recorded; each document's bytes against its SHA-256, and that
 * against its {@code DocumentAdded} entry.
 */
final class ContentChecks {

    private ContentChecks() {
    }

    private record Recorded(int seq, String sha256) {
    }

    static void check(Evidence evidence, List<Finding> findings) {
        Map<String, Recorded> versions = recorded(evidence.entries(), "PactVersionPublished", "pactVersion");
        Set<String> kept = new HashSet<>();
        for (StoredPactVersion v : evidence.pactVersions()) {
            kept.add(v.id().toString());
            String where = "pact_version id=" + v.id() + " number=" + v.number();
            if (!v.hashMatches()) {
                findings.add(Finding.of("pactHash", where, "Pact version " + v.number() + " holds a text that does "
                        + "not match its SHA-256 " + v.sha256() + ": it was changed after it was published", v.number()));
            }
            if (!v.textMatchesDocument()) {
                findings.add(Finding.of("pactText", where, "Pact version " + v.number() + " serves a text that is "
                        + "not the text of its document: it was changed after it was published", v.number()));
            }
            Recorded recorded = versions.get(v.id().toString());
            if (recorded == null) {
                findings.add(Finding.of("pactUnrecorded", where, "Pact version " + v.number() + " has no entry in "
                        + "the round's record: it was not published by Copact", v.number()));
            } else if (!recorded.sha256().equals(v.sha256())) {
                findings.add(Finding.of("pactRecorded", where, "Pact version " + v.number() + " has the SHA-256 "
                        + v.sha256() + ", but entry " + recorded.seq() + " recorded " + recorded.sha256() + " when it "
                        + "was published: its text and hash were changed", v.number(), recorded.seq()));
            }
        }
        versions.forEach((id, recorded) -> {
            if (!kept.contains(id)) {
                findings.add(Finding.of("pactMissing", "pact_version id=" + id, "The pact version published in entry "
                        + recorded.seq() + " is missing", recorded.seq()));
            }
        });
        Map<String, Recorded> documents = recorded(evidence.entries(), "DocumentAdded", "document");
        for (Evidence.DocumentFacts d : evidence.documents()) {
            String where = "document id=" + d.id() + " (" + d.fileName() + ")";
            if (!d.storedSha256().trim().equals(d.bytesSha256())) {
                findings.add(Finding.of("documentBytes", where, "The bytes of document \"" + d.fileName() + "\" do "
                        + "not match its SHA-256 " + d.storedSha256().trim() + ": they were changed", d.fileName()));
            }
            Recorded recorded = documents.get(d.id().toString());
            if (recorded != null && !recorded.sha256().equals(d.storedSha256().trim())) {
                findings.add(Finding.of("documentRecorded", where, "Document \"" + d.fileName() + "\" has the SHA-256 "
                        + d.storedSha256().trim() + ", but entry " + recorded.seq() + " recorded " + recorded.sha256()
                        + " when it was added", d.fileName(), recorded.seq()));
            }
        }
    }

    /** the first entry of this type naming each id, with the SHA-256 it recorded */
    private static Map<String, Recorded> recorded(List<AuditEntry> entries, String type, String idDetail) {
        Map<String, Recorded> recorded = new HashMap<>();
        for (AuditEntry entry : entries) {
            String id = entry.details().get(idDetail);
            String sha256 = entry.details().get("sha256");
            if (type.equals(entry.type()) && id != null && sha256 != null) {
                recorded.putIfAbsent(id, new Recorded(entry.seq(), sha256));
            }
        }
        return recorded;
    }
}
