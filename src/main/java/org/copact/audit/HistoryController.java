package org.copact.audit;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import io.swagger.v3.oas.annotations.Operation;
import org.copact.identity.CurrentCaller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.RequestParam;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A round's history: the timeline as JSON or CSV, the verification of its audit record and its evidence export. */
@RestController
@RequestMapping("/api/rounds/{id}/history")
class HistoryController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final RoundService rounds;
    private final RoundTimeline timeline;
    private final CurrentCaller caller;
    private final TimelineQueries queries;
    private final AuditVerifier verifier;
    private final InclusionProofs proofs;
    private final Clock clock;

    HistoryController(RoundService rounds, RoundTimeline timeline, CurrentCaller caller, TimelineQueries queries,
            AuditVerifier verifier, InclusionProofs proofs, Clock clock) {
        this.queries = queries;
        this.proofs = proofs;
        this.verifier = verifier;
        this.clock = clock;
        this.rounds = rounds;
        this.timeline = timeline;
        this.caller = caller;
    }

    @Operation(summary = "The round's whole timeline", description = "Every entry, engine steps included, oldest "
            + "first: the export. For reading, use /history/page.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<TimelineEntry> json(@PathVariable UUID id) {
        return timeline.of(visible(id).id());
    }

    @Operation(summary = "One page of the round's timeline, filtered", description = "stage (SET_UP, CONSULTATION, "
            + "DRAFTING, REVIEW, SIGNATURE, IN_FORCE), person (a participation id, a username, or part of a name, "
            + "organisation or email), type (MailSent, ReviewDecided, userTask, ...), engine=true to fold the "
            + "engine's own steps in, page (from 1) and size (50 by default, at most 500). A wrong parameter is a "
            + "field error.")
    @GetMapping(value = "/page", produces = MediaType.APPLICATION_JSON_VALUE)
    TimelineSlice page(@PathVariable UUID id, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String person, @RequestParam(required = false) String type,
            @RequestParam(required = false) String engine, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Round round = visible(id);
        return timeline.slice(round.id(), queries.parse(stage, person, type, engine, page, size,
                LocaleContextHolder.getLocale()));
    }

    @GetMapping(produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable UUID id) {
        Round round = visible(id);
        StringBuilder csv = new StringBuilder("at,ended_at,source,process,step,type,name,actor,summary,seq,hash\r\n");
        for (TimelineEntry e : timeline.of(round.id())) {
            csv.append(String.join(",", cell(e.at()), cell(e.endedAt()), cell(e.source()), cell(e.process()),
                    cell(e.step()), cell(e.type()), cell(e.name()), cell(e.actor()), cell(e.summary()), cell(e.seq()),
                    cell(e.hash()))).append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"round-" + round.id() + "-history.csv\"")
                .body(csv.toString());
    }

    @Operation(summary = "Verify the round's audit record", description = "Re-computes every entry's hash and "
            + "the chain, checks them against the signed checkpoints (Ed25519, Merkle roots as in RFC 9162) in the "
            + "database and the latest one kept outside it, re-computes every pact version's SHA-256 from its "
            + "document (or text) and every document's from its bytes, and compares them with what the record "
            + "says. valid is true only when nothing was found; findings lists each case with what and where.")
    @GetMapping(value = "/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditVerification verify(@PathVariable UUID id) {
        Round round = visible(id);
        return verifier.verify(round.id());
    }

    @Operation(summary = "Prove one entry of the round's record", description = "An inclusion proof (RFC 9162 "
            + "section 2.1.3) of entry seq in the signed checkpoint of treeSize entries (from seq to the latest; the "
            + "latest when absent): the entry, its leaf hash, the audit path from it to the checkpoint's Merkle root, "
            + "the checkpoint and the audit key's public key. Verify it without Copact or the rest of the record: "
            + "java -jar copact.jar verify-entry proof.json --key-id <keyId>. A seq or treeSize that is not a whole "
            + "number in range is a field error; an entry or checkpoint that does not exist is a 404.")
    @GetMapping(value = "/entries/{seq}/proof", produces = MediaType.APPLICATION_JSON_VALUE)
    EntryProof proof(@PathVariable UUID id, @PathVariable String seq,
            @RequestParam(required = false) String treeSize) {
        Round round = visible(id);
        return proofs.proof(round.id(), seq, treeSize, LocaleContextHolder.getLocale());
    }

    @Operation(summary = "The round's evidence, to verify offline (administrators)", description = "One zip: "
            + "entries.json, checkpoints.json, outside-checkpoint.json, pact-versions.json, documents.json (their "
            + "hashes), public-key.pem and manifest.json. Verify it without Copact: java -jar copact.jar verify "
            + "evidence.zip")
    @GetMapping(value = "/evidence", produces = "application/zip")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id) throws IOException {
        Round round = visible(id);
        if (!caller.staff().isAdmin()) {
            throw new AccessDeniedException("The evidence export is for administrators.");
        }
        byte[] zip = EvidenceZip.write(verifier.evidence(round.id(), true), clock.instant());
        return ResponseEntity.ok().contentType(new MediaType("application", "zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"round-" + round.id()
                        + "-evidence.zip\"")
                .body(zip);
    }

    private Round visible(UUID id) {
        return rounds.visibleRound(id, caller.staff());
    }

    /** RFC 4180 quoting; a leading = + - @ tab or CR is defused so a spreadsheet never runs a cell as a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

}
