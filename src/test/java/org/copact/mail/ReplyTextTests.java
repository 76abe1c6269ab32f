package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a person wrote, apart from what their mail client added, on replies written by real clients
 * (shared/fixtures/mail-replies, from github/email_reply_parser) and on quote headers of the six
 * languages Copact speaks.
 */
class ReplyTextTests {

    private static final Path FIXTURES = Path.of("../shared/fixtures/mail-replies");

    private static ReplyText reply(String fixture) throws IOException {
        return ReplyText.of(Files.readString(FIXTURES.resolve(fixture + ".txt"), StandardCharsets.UTF_8));
    }

    @Test
    void shouldHaveAnExpectationForEveryFixture() throws IOException {
        List<String> tested = List.of("correct_sig", "email_1_1", "email_1_2", "email_1_3", "email_1_4", "email_1_5",
                "email_1_6", "email_1_7", "email_1_8", "email_2_1", "email_2_2", "email_2_3", "email_BlackBerry",
                "email_bullets", "email_iPhone", "email_long_quote", "email_multi_word_sent_from_my_mobile_device",
                "email_one_is_not_on", "email_sent_from_my_not_signature", "email_sig_delimiter_in_middle_of_line",
                "gmail_danish", "greedy_on", "outlook_email_with_team_mention", "pathological",
                "quote_reply_french_multiline", "quote_reply_german_multiline", "quote_reply_italian",
                "quote_reply_italian_multiline");
        try (Stream<Path> files = Files.list(FIXTURES)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)))
                    .as("a new fixture needs its expectation here").containsExactlyInAnyOrderElementsOf(tested);
        }
    }

    @Test
    void shouldTakeATopPostAboveItsQuoteHeader() throws IOException {
        assertThat(reply("email_1_4").answer()).isEqualTo("Awesome! I haven't had another problem with it.");
        assertThat(reply("email_1_4").quotedHistory()).isTrue();
        assertThat(reply("email_1_7").answer()).isEqualTo(":+1:");
        assertThat(reply("email_one_is_not_on").answer()).isEqualTo("""
                Thank, this is really helpful.

                One outstanding question I had:

                Locally (on development), when I run...""");
        assertThat(reply("greedy_on").answer()).startsWith("On your remote host you can run:")
                .endsWith("fails, the tunnel is not working.").doesNotContain("George Plymale", "odd issue");
        assertThat(reply("pathological").answer()).isEqualTo("""
                I think you're onto something. I will try to fix the problem as soon as I
                get back to a computer.""");
    }

    @Test
    void shouldKnowQuoteHeadersWrappedOverSeveralLinesAndInOtherLanguages() throws IOException {
        assertThat(reply("email_1_6").answer()).isEqualTo("I get proper rendering as well.");
        assertThat(reply("quote_reply_italian").answer()).isEqualTo("This is a reply with Italian quote");
        assertThat(reply("quote_reply_italian_multiline").answer())
                .isEqualTo("This is a reply with Italian quote multiline");
        assertThat(reply("quote_reply_french_multiline").answer())
                .isEqualTo("This is a reply with French quote multiline");
        assertThat(reply("quote_reply_german_multiline").answer())
                .isEqualTo("This is a reply with German quote multiline");
        assertThat(reply("gmail_danish").answer()).isEqualTo("This is text from gmail set up with danish locale");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On Mon, 7 Dec 2026 at 10:12, Ilfov County <reply+ab12@copact.eu> wrote:",
            "Il giorno lun 7 dic 2026 alle ore 10:12 Città di Torino <reply+ab12@copact.eu> ha scritto:",
            "În lun., 7 dec. 2026 la 10:12, Consiliul Județean Ilfov <reply+ab12@copact.eu> a scris:",
            "Στις Δευ 7 Δεκ 2026 στις 10:12, Περιφέρεια Αττικής <reply+ab12@copact.eu> έγραψε:",
            "На пн, 7.12.2026 г. в 10:12 Община София <reply+ab12@copact.eu> написа:",
            "На пон, 7.12.2026 во 10:12 Град Скопје <reply+ab12@copact.eu> напиша:",
            "-----Original Message-----",
            "-----Messaggio originale-----",
            "-----Mesaj original-----",
            "-----Αρχικό μήνυμα-----",
            "-----Оригинално съобщение-----",
            "-----Оригинална порака-----",
            "---------- Forwarded message ---------"})
    void shouldLeaveOutTheQuotedOriginalInEveryLanguage(String header) {
        ReplyText reply = ReplyText.of("Ne angajăm să reducem consumul de energie cu 20%.\n\n" + header
                + "\n\n> Vă invităm să răspundeți la consultare.\n");
        ReplyText unquoted = ReplyText.of("Ci impegniamo a ridurre i rifiuti.\n\n" + header
                + "\nDa: Città di Torino\nVă invităm să răspundeți la consultare.\n");

        assertThat(reply.answer()).isEqualTo("Ne angajăm să reducem consumul de energie cu 20%.");
        assertThat(reply.quotedHistory()).isTrue();
        assertThat(unquoted.answer()).isEqualTo("Ci impegniamo a ridurre i rifiuti.");
    }

    @Test
    void shouldStopAtOutlooksHeaderBlockWhateverFollowsIt() throws IOException {
        assertThat(reply("email_2_1").answer()).isEqualTo("Outlook with a reply");
        assertThat(reply("email_2_2").answer()).isEqualTo("Outlook with a reply directly above line");
        assertThat(reply("email_2_3").answer()).isEqualTo("Outlook with a reply directly above line");
        assertThat(reply("outlook_email_with_team_mention").answer())
                .isEqualTo("Outlook email reply with a team mention in the email body.");
        assertThat(ReplyText.of("Sì, firmiamo.\n\nDa: Copact <reply+x@copact.eu>\nInviato: lunedì 7 dicembre 2026"
                + "\nA: Mario Rossi\nOggetto: Il patto\n\nGentile Mario,").answer()).isEqualTo("Sì, firmiamo.");
    }

    @Test
    void shouldKeepEveryLineThePersonWroteBetweenQuotedOnes() throws IOException {
        ReplyText bottom = reply("email_1_2");
        ReplyText inline = reply("email_1_8");

        assertThat(bottom.answer()).startsWith("Hi,\n\nYou can list the keys for the bucket")
                .contains("riakClient.delete(bucket, key);", "would do it.")
                .endsWith("you’ll need to delete them all individually.\"")
                .doesNotContain("Abhishek Kona wrote", "What is the best way", "riak-users mailing list");
        assertThat(inline.answer()).isEqualTo("I will reply under this one\n\nand under this.");
        assertThat(inline.signature()).isEqualTo("Hey there, this is my signature");
        assertThat(reply("email_1_3").answer()).isEqualTo("Oh thanks.\n\nHaving the function would be great.");
    }

    @Test
    void shouldKeepTheSignatureApartFromTheAnswer() throws IOException {
        assertThat(reply("correct_sig").answer()).isEqualTo("this is an email with a correct -- signature.");
        assertThat(reply("correct_sig").signature()).isEqualTo("rick");
        assertThat(reply("email_iPhone").answer()).isEqualTo("Here is another email");
        assertThat(reply("email_iPhone").signature()).isEqualTo("Sent from my iPhone");
        assertThat(reply("email_BlackBerry").answer()).isEqualTo("Here is another email");
        assertThat(reply("email_multi_word_sent_from_my_mobile_device").answer()).isEqualTo("Here is another email");
        assertThat(reply("email_1_1").answer()).doesNotContain("-Abhishek Kona", "mailing list")
                .endsWith("I am currently using the Java HTTP API.");
        assertThat(reply("email_1_1").signature()).startsWith("-Abhishek Kona").contains("riak-users mailing list");
        assertThat(reply("email_bullets").answer()).startsWith("test 2 this should list second")
                .endsWith("- and another").doesNotContain("Joe Smith", "Give us an example");
        assertThat(reply("email_bullets").signature()).contains("Joe Smith");
        assertThat(ReplyText.of("Confermo.\n\nInviato da iPhone").answer()).isEqualTo("Confermo.");
    }

    @Test
    void shouldNotTakeTextThatMerelyLooksLikeASignature() throws IOException {
        assertThat(reply("email_sent_from_my_not_signature").answer())
                .endsWith("Sent from my desk, is much easier then my mobile phone.");
        assertThat(reply("email_sig_delimiter_in_middle_of_line").answer())
                .contains("And here is a fix -- this is not a signature.").endsWith("kthxbai");
        assertThat(reply("email_1_5").answer()).startsWith("One: Here's what I've got.")
                .contains("- This is the fourth bullet point").endsWith("for a while.");
        assertThat(reply("email_1_5").quotedHistory()).isFalse();
    }

    @Test
    void shouldKeepWhatThePersonWroteThatOnlyLooksLikeAQuoteHeaderOrAnOutlookBlock() {
        assertThat(ReplyText.of("On the budget, our board wrote:\n\nWe agree to fund 20%.").answer())
                .isEqualTo("On the budget, our board wrote:\n\nWe agree to fund 20%.");
        assertThat(ReplyText.of("Il comune ha scritto:\nSiamo d'accordo sul piano.").answer())
                .isEqualTo("Il comune ha scritto:\nSiamo d'accordo sul piano.");
        assertThat(ReplyText.of("На срещата кметът написа:\nПодкрепяме пакта.").answer())
                .isEqualTo("На срещата кметът написа:\nПодкрепяме пакта.");
        assertThat(ReplyText.of("Den plan vi skrev om er god, men vi mangler:\n- solceller").answer())
                .endsWith("- solceller");
        assertThat(ReplyText.of("Our answer is yes.\n\nFrom: our board\nDate: 3 March\nThe board agreed.").answer())
                .endsWith("The board agreed.");
    }

    @Test
    void shouldKeepAListAndTextAfterABareDoubleDashInTheAnswer() {
        assertThat(ReplyText.of("We commit to:\n\n-Solar panels\n-Bike lanes").answer())
                .isEqualTo("We commit to:\n\n-Solar panels\n-Bike lanes");
        String long_ = "Our plan\n--\nstep one\nstep two\nstep three\nstep four\nstep five";
        assertThat(ReplyText.of(long_).answer()).isEqualTo(long_);
    }

    @Test
    void shouldKnowOutlooksBlockWrittenWithNoBreakSpaces() {
        assertThat(ReplyText.of("Approviamo.\n\nFrom:\u00a0Copact <reply+x@copact.eu>\nSent:\u00a0Monday, 7 December 2026"
                + "\nTo:\u00a0Mario Rossi\nSubject:\u00a0Il patto\n\nYour personal link: https://copact.eu/s/abc").answer())
                .isEqualTo("Approviamo.");
    }

    @Test
    void shouldAnswerPathologicalBodiesInBoundedTime() throws IOException {
        String longQuote = Files.readString(FIXTURES.resolve("email_long_quote.txt"));
        String huge = "On " + "x ".repeat(200_000) + "\n" + ">".repeat(100_000) + "\n" + "a, b wrote".repeat(50_000);

        ReplyText reply = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ReplyText.of(longQuote));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ReplyText.of(huge));

        assertThat(reply.answer()).startsWith("Hi folks").contains("asdf")
                .endsWith("I am currently using the Java HTTP API.");
    }

    @Test
    void shouldGiveNothingForABodyWithNothingOfThePersons() {
        assertThat(ReplyText.of(null).answer()).isEmpty();
        assertThat(ReplyText.of("On Mon, 7 Dec 2026, Copact wrote:\n> Please answer.").answer()).isEmpty();
    }
}
