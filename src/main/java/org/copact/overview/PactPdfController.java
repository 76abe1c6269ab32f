package org.copact.overview;

import jakarta.servlet.http.HttpServletRequest;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import org.copact.common.NotFoundException;
import org.copact.identity.CurrentCaller;
import org.copact.pact.PactPdf;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.signing.SealedPacts;
import org.copact.tasks.StakeholderPages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PDF of a pact version, for the staff who see the round and for the round's stakeholders. It
 * is written in the pact's language (the round's default), whoever asks, so that every copy of a
 * version reads the same; its file name says the round and the version.
 */
@RestController
class PactPdfController {

    private final RoundService rounds;
    private final PactService pacts;
    private final PactPdf pdf;
    private final CurrentCaller caller;
    private final StakeholderPages stakeholderPages;
    private final SealedPacts sealedPacts;

    PactPdfController(RoundService rounds, PactService pacts, PactPdf pdf, CurrentCaller caller,
            StakeholderPages stakeholderPages, SealedPacts sealedPacts) {
        this.sealedPacts = sealedPacts;
        this.rounds = rounds;
        this.pacts = pacts;
        this.pdf = pdf;
        this.caller = caller;
        this.stakeholderPages = stakeholderPages;
    }

    @GetMapping(path = "/api/rounds/{id}/pact/versions/{number}/pdf")
    ResponseEntity<byte[]> forStaff(@PathVariable UUID id, @PathVariable int number) {
        return pdf(rounds.visibleRound(id, caller.staff()), number);
    }

    @GetMapping(path = "/my/pact/versions/{number}/pdf")
    ResponseEntity<byte[]> forStakeholder(@PathVariable int number, HttpServletRequest request) {
        UUID roundId = stakeholderPages.enter(request, null).roundId();
        return pdf(rounds.round(roundId), number);
    }

    /** The signed pact as Copact sealed it, once it is in force: the same bytes for everyone. */
    @GetMapping("/api/rounds/{id}/pact/sealed")
    ResponseEntity<byte[]> sealedForStaff(@PathVariable UUID id) {
        return sealed(rounds.visibleRound(id, caller.staff()));
    }

    @GetMapping("/my/pact/sealed")
    ResponseEntity<byte[]> sealedForStakeholder(HttpServletRequest request) {
        return sealed(rounds.round(stakeholderPages.enter(request, null).roundId()));
    }

    private ResponseEntity<byte[]> sealed(Round round) {
        byte[] body = sealedPacts.pdf(round.id())
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.sealedPact"));
        return attachment(fileName(round.title(), "signed"), body);
    }

    private ResponseEntity<byte[]> pdf(Round round, int number) {
        PactVersion version = pacts.version(round.id(), number);
        return attachment(fileName(round.title(), "v" + number),
                pdf.render(version, round.title(), round.defaultLanguage().locale(), round.timeZone()));
    }

    private static ResponseEntity<byte[]> attachment(String fileName, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(pdf);
    }

    /** "pact-<title in ASCII letters and digits>-<which>.pdf" (which: v3, signed), so every system can keep it */
    static String fileName(String title, String which) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
        String name = ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-$", "") : ascii;
        return "pact-" + (name.isEmpty() ? "" : name + "-") + which + ".pdf";
    }
}
