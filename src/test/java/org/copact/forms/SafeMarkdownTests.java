package org.copact.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Markdown of a form's text is shown as form-js shows it, and never carries a script. */
class SafeMarkdownTests {

    @Test
    void shouldRenderTheFormFixturesTextWithItsHttpsLinkAndWithoutItsJavascriptLink() throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("../shared/fixtures/form-js/form.json").toFile());
        String markdown = form.path("components").get(0).path("text").asText();
        assertThat(markdown).contains("](javascript:");

        String html = SafeMarkdown.toHtml(markdown);

        assertThat(html).contains("<h1>Invoice</h1>").contains("<em>ipsum</em>").contains("<li>Start Event</li>")
                .contains("<a rel=\"nofollow noopener noreferrer\" href=\"https://bpmn.io\">forms</a>")
                // CommonMark reads this destination (it has spaces) as no link at all: it stays words
                .contains("This [malicious link](javascript:")
                .doesNotContainPattern("<a[^>]*>malicious")
                .doesNotContainPattern("(?i)href=\"javascript");
    }

    @Test
    void shouldEscapeRawHtmlAndDropLinksThatAreNotWebOrMail() {
        String html = SafeMarkdown.toHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[a](JavaScript:alert(1)) [b](data:text/html,hi) [c](mailto:ana@example.org) [d](http://x.example)");

        assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;")
                .contains("<a rel=\"nofollow noopener noreferrer\">a</a>")
                .contains("<a rel=\"nofollow noopener noreferrer\">b</a>")
                .contains("href=\"mailto:ana@example.org\"").contains("href=\"http://x.example\"");
    }
}
