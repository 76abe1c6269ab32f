package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text of HTML-only mail, as mail clients write it. */
class HtmlTextTests {

    @Test
    void shouldKeepParagraphsLineBreaksListsAndLinkTargetsAndDecodeEntities() {
        String html = """
                <html><head><style>p { color: red; } .x::after { content: "hidden"; }</style>
                <script>alert('x')</script><title>Re: Patto</title></head>
                <body><p>Buongiorno,</p><p>ci impegniamo a:<br>ridurre i rifiuti del 20&nbsp;% &amp; riciclare</p>
                <ul><li>entro il 2027</li><li>con <a href="https://example.org/piano">il nostro piano</a></li></ul>
                <p>Cordiali saluti<br>Mario&#160;Rossi</p><img src="https://tracker.example/p.gif" width="1" height="1">
                </body></html>""";

        assertThat(HtmlText.of(html)).isEqualTo("""
                Buongiorno,

                ci impegniamo a:
                ridurre i rifiuti del 20 % & riciclare

                - entro il 2027
                - con il nostro piano (https://example.org/piano)

                Cordiali saluti
                Mario Rossi""");
    }

    @Test
    void shouldMarkGmailsAndOutlooksQuotedOriginalSoThatTheReplyLeavesItOut() {
        String gmail = """
                <div dir="ltr">Semnăm pactul.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">
                În lun., 7 dec. 2026 la 10:12, Copact &lt;reply+ab@copact.eu&gt; a scris:<br></div>
                <blockquote class="gmail_quote"><div>Vă rugăm să semnați.</div><ul><li>versiunea 2</li></ul></blockquote></div>""";
        String outlook = """
                <div>Approviamo la versione 3.</div><hr><div id="divRplyFwdMsg"><b>Da:</b> Copact<br>
                <b>Inviato:</b> lunedì 7 dicembre 2026<br><b>Oggetto:</b> Il patto</div><div>Gentile Mario,</div>""";

        assertThat(ReplyText.of(HtmlText.of(gmail)).answer()).isEqualTo("Semnăm pactul.");
        assertThat(HtmlText.of(gmail)).contains("> Vă rugăm să semnați.", "> - versiunea 2");
        assertThat(ReplyText.of(HtmlText.of(outlook)).answer()).isEqualTo("Approviamo la versione 3.");
    }

    @Test
    void shouldKeepTheLinesOfPreformattedText() {
        assertThat(HtmlText.of("<p>Our figures:</p><pre>2024   120 MWh\n2025    96 MWh</pre><p>Thanks</p>"))
                .isEqualTo("Our figures:\n\n2024   120 MWh\n2025    96 MWh\n\nThanks");
    }

    @Test
    void shouldGiveNothingForAnEmptyOrImageOnlyBody() {
        assertThat(HtmlText.of(null)).isEmpty();
        assertThat(HtmlText.of("<html><body><img src=\"cid:logo\"></body></html>")).isEmpty();
    }
}
