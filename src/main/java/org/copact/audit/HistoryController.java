package org.copact.audit;

import java.util.List;
import java.util.UUID;
import org.copact.identity.CurrentCaller;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A round's history: the timeline as JSON or CSV, and the verification of its audit chain. */
@RestController
@RequestMapping("/api/rounds/{id}/history")
class HistoryController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final RoundService rounds;
    private final RoundTimeline timeline;
    private final CurrentCaller caller;

    HistoryController(RoundService rounds, RoundTimeline timeline, CurrentCaller caller) {
        this.rounds = rounds;
        this.timeline = timeline;
        this.caller = caller;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<TimelineEntry> json(@PathVariable UUID id) {
        return timeline.of(visible(id).id());
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

    /** Re-computes the round's hash chain: any entry changed or removed since it was written shows here. */
    @GetMapping(value = "/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditVerification verify(@PathVariable UUID id) {
        Round round = visible(id);
        return AuditVerification.of(round.id(), timeline.auditEntries(round.id()));
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
