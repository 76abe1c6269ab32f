package org.copact.documents;

import org.copact.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.copact.TestRounds.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.common.Sha256;
import org.copact.identity.Caller;
import org.copact.round.RoundService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Documents uploaded to a round: checked by their content, named safely, kept once, for its region only. */
class DocumentsApiTests extends HttpTestSupport {

    static final byte[] PDF = TestFiles.PDF;
    static final byte[] PROGRAM = TestFiles.PROGRAM;

    @Autowired
    RoundService rounds;

    @Test
    void shouldKeepAPdfUnderASafeNameOnceAndShowItToTheRoundsRegionOnly() {
        String path = "/api/rounds/" + newRound() + "/documents";

        HttpSession.Response added = facilitatorSession.postFile(path, "file", "../../Σύμβαση\u0007 semnată.pdf",
                "application/octet-stream", PDF);
        HttpSession.Response again = facilitatorSession.postFile(path, "file", "copy.pdf", "application/pdf", PDF);

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonNode document = added.json();
        assertThat(document.get("fileName").asText()).isEqualTo("Σύμβαση semnată.pdf");
        assertThat(document.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(document.get("sha256").asText()).isEqualTo(Sha256.hex(PDF));
        assertThat(document.get("sizeBytes").asLong()).isEqualTo(PDF.length);
        assertThat(again.status()).as("the same bytes again").isEqualTo(200);
        assertThat(again.json().get("id")).isEqualTo(document.get("id"));
        assertThat(facilitatorSession.get(path).json()).hasSize(1);
        Caller.Staff other = TestRounds.newRegionWithFacilitator(accounts);
        assertThat(HttpSession.loggedIn(baseUrl(), other.username(), other.username()).get(path).status())
                .isEqualTo(404);
    }

    @Test
    void shouldRefuseAProgramWhateverItsNameAndAFileAboveTheLimit() {
        String path = "/api/rounds/" + newRound() + "/documents";

        HttpSession.Response program = facilitatorSession.postFile(path, "file", "raport.pdf", "application/pdf",
                PROGRAM);
        HttpSession.Response large = facilitatorSession.postFile(path, "file", "scan.pdf", "application/pdf",
                new byte[1024 * 1024 + 1]);
        HttpSession.Response nothing = facilitatorSession.postFile(path, "file", "empty.pdf", "application/pdf",
                new byte[0]);

        assertThat(List.of(program, large, nothing)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).contains("\"file\"");
        });
        assertThat(program.body()).contains("program");
        assertThat(facilitatorSession.get(path).json()).isEmpty();
    }

    @Test
    void shouldLetAnAdministratorReadTheDocumentsButNotAddOne() {
        String path = "/api/rounds/" + newRound() + "/documents";
        String admin = "admin-documents-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        accounts.ensureUser(admin, admin, "Administrator", org.copact.identity.StaffRole.ADMIN, null, null);
        HttpSession administrator = HttpSession.loggedIn(baseUrl(), admin, admin);

        HttpSession.Response added = administrator.postFile(path, "file", "forged.pdf", "application/pdf", PDF);

        assertThat(added.status()).as(added.toString()).isEqualTo(403);
        assertThat(added.contentType()).startsWith("application/problem+json");
        assertThat(administrator.get(path).status()).isEqualTo(200);
        assertThat(facilitatorSession.get(path).json()).as("nothing stored").isEmpty();
    }

    private String newRound() {
        return rounds.define(TestRounds.round("Documents", List.of(stakeholder("Eco SRL", "Dan Pop",
                "dan@documents.example", "SME", "ro", List.of("PARTICIPANT", "SIGNATORY")))), facilitator)
                .id().toString();
    }

    /** The first bytes of a Windows program: a DOS header pointing at a PE signature. */
}
