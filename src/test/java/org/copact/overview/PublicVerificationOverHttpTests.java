package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The public verification as anyone reaches it, without a login: what it answers for a hash or a
 * file it does not know, what it refuses and how, and that one address is answered only so many
 * times a minute. (A sealed pact and a version it knows: {@code WholeRoundOverHttpTests}.)
 */
@TestPropertySource(properties = "copact.verification.per-minute=7")
class PublicVerificationOverHttpTests extends HttpTestSupport {

    @Test
    void shouldAnswerAnyoneWithoutALoginRefuseWhatIsNotAHashOrAPdfAndLimitEachAddress() {
        HttpSession anyone = HttpSession.anonymous(baseUrl());
        String unknown = "ab".repeat(32);

        HttpSession.Response byHash = anyone.get("/api/public/verification?sha256=" + unknown);
        assertThat(byHash.status()).as(byHash.toString()).isEqualTo(200);
        assertThat(byHash.json().get("kind").asText()).isEqualTo("UNKNOWN");
        assertThat(byHash.json().get("matches")).isEmpty();

        HttpSession.Response notAHash = anyone.get("/api/public/verification?sha256=12345");
        assertThat(notAHash.status()).isEqualTo(400);
        assertThat(notAHash.contentType()).startsWith("application/problem+json");
        assertThat(notAHash.body()).contains("sha256").contains("64 hexadecimal characters");

        HttpSession.Response aPdfItDoesNotKnow = anyone.postFile("/api/public/verification", "file", "other.pdf",
                "application/pdf", TestFiles.PDF);
        assertThat(aPdfItDoesNotKnow.status()).as(aPdfItDoesNotKnow.toString()).isEqualTo(200);
        assertThat(aPdfItDoesNotKnow.json().get("kind").asText()).isEqualTo("UNKNOWN");

        HttpSession.Response notAPdf = anyone.postFile("/api/public/verification", "file", "pact.pdf",
                "application/pdf", TestFiles.PROGRAM);
        assertThat(notAPdf.status()).isEqualTo(400);
        assertThat(notAPdf.body()).contains("file").contains("must be a PDF file");

        HttpSession.Response tooLarge = anyone.postFile("/api/public/verification", "file", "big.pdf",
                "application/pdf", ("%PDF-1.7\n" + "x".repeat(1024 * 1024 + 1)).getBytes(StandardCharsets.US_ASCII));
        assertThat(tooLarge.status()).as("above the document size limit (1MB in the tests)").isEqualTo(400);
        assertThat(tooLarge.body()).contains("at most 1 MB");

        HttpSession.Response page = anyone.get("/verify?lang=it&sha256=" + unknown);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Verificare un patto").contains("Copact non conosce alcun patto firmato");

        HttpSession.Response wrongOnThePage = anyone.get("/verify?lang=it&sha256=nope");
        assertThat(wrongOnThePage.status()).isEqualTo(200);
        assertThat(wrongOnThePage.body()).contains("Indichi uno SHA-256");

        HttpSession.Response overTheLimit = anyone.get("/api/public/verification?sha256=" + unknown);
        assertThat(overTheLimit.status()).as("the eighth check within a minute").isEqualTo(429);
        assertThat(overTheLimit.contentType()).startsWith("application/problem+json");
        assertThat(overTheLimit.body()).contains("At most 7 checks a minute");
    }
}
