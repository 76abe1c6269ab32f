package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page of sent mail shows each text as text, with only its web addresses clickable. */
class SentMailControllerTests {

    @Test
    void shouldEscapeMarkupSoAScriptNeverRuns() {
        String html = SentMailController.linkify("Motivul: <script>alert('x')</script> & <b>bold</b>");

        assertThat(html).doesNotContain("<script", "<b>", "</b>")
                .isEqualTo("Motivul: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void shouldTurnAnHttpsAddressIntoALink() {
        String html = SentMailController.linkify("Vă rugăm să răspundeți:\n\nhttps://copact.example/s/Ab3_x-9\n\nCopact");

        assertThat(html).isEqualTo("Vă rugăm să răspundeți:\n\n"
                + "<a href=\"https://copact.example/s/Ab3_x-9\">https://copact.example/s/Ab3_x-9</a>\n\nCopact");
    }

    @Test
    void shouldTurnAnHttpAddressIntoALinkToo() {
        String html = SentMailController.linkify("Open http://localhost:8080/s/token now");

        assertThat(html).isEqualTo(
                "Open <a href=\"http://localhost:8080/s/token\">http://localhost:8080/s/token</a> now");
    }

    @Test
    void shouldKeepEveryLinkOfATextAndItsQueryEscaped() {
        String html = SentMailController.linkify("A: https://a.example/x?p=1&q=2 B: https://b.example/");

        assertThat(html).isEqualTo("A: <a href=\"https://a.example/x?p=1&amp;q=2\">https://a.example/x?p=1&amp;q=2</a>"
                + " B: <a href=\"https://b.example/\">https://b.example/</a>");
    }

    @Test
    void shouldNeverMakeAJavascriptAddressALink() {
        String html = SentMailController.linkify(
                "This [malicious link](javascript:throw onerror=alert,'some string',123,'haha') should not work. "
                        + "Nor JavaScript:alert(1) nor data:text/html,<script>alert(1)</script>");

        assertThat(html).doesNotContain("<a ", "href", "<script");
    }

    @Test
    void shouldKeepAQuoteInAnAddressFromClosingTheHrefAttribute() {
        String html = SentMailController.linkify("https://evil.example/\"onmouseover=\"alert(1)\" and more");

        // a quote ends the address; what follows is text, escaped
        assertThat(html).startsWith("<a href=\"https://evil.example/\">https://evil.example/</a>&quot;onmouseover");
        // the only raw quotes are the two around the href value
        assertThat(html.chars().filter(c -> c == '"').count()).isEqualTo(2);
        assertThat(html).doesNotContain("\"onmouseover");
    }

    @Test
    void shouldNotLinkAnAddressHiddenInsideAnotherScheme() {
        String html = SentMailController.linkify("javascript://https://copact.example/%0Aalert(1)");

        assertThat(html).doesNotContain("href=\"javascript").contains("javascript://<a href=\"https://");
    }

    /**
     * An address written between angle brackets, as RFC 3986 (appendix C) suggests for plain text,
     * must not take the closing bracket into the link: the pattern excludes {@code <} and {@code >},
     * but runs on the escaped text where they have become {@code &lt;} and {@code &gt;}.
     */
    @Test
    void shouldNotCarryTheClosingAngleBracketOfADelimitedAddressIntoTheLink() {
        String html = SentMailController.linkify("Documentul: <https://copact.example/docs/pact-v2>.");

        assertThat(html).isEqualTo("Documentul: &lt;<a href=\"https://copact.example/docs/pact-v2\">"
                + "https://copact.example/docs/pact-v2</a>&gt;.");
    }

    @Test
    void shouldGiveNothingForNoText() {
        assertThat(SentMailController.linkify(null)).isEmpty();
        assertThat(SentMailController.linkify("")).isEmpty();
    }
}
