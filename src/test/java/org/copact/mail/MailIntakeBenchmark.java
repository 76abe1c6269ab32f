package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * 1,000 replies with a small PDF each: Copact's mail-in route (fetch, record once, match, keep the
 * PDF as a document, move) next to a bare IMAP fetch of the same messages from the same server,
 * measured in the same run. Prints figures; asserts only that each side did all the work. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=MailIntakeBenchmark}.
 */
@Tag("benchmark")
@TestPropertySource(properties = "copact.mail.imap.poll-delay=PT0.05S")
class MailIntakeBenchmark extends HttpTestSupport {

    static final int REPLIES = 1000;

    @Autowired
    RoundService rounds;
    @Autowired
    ImapSettings imap;
    @Autowired
    CamelContext camel;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ingestOfAThousandRepliesWithAPdfEach() throws Exception {
        String email = "bench-" + UUID.randomUUID() + "@reply.example";
        Round round = rounds.launch(rounds.define(TestRounds.round("Benchmark intake", List.of(stakeholder("Eco SRL",
                "Dan Pop", email, "SME", "ro", List.of("PARTICIPANT", "SIGNATORY")))), facilitator).id(), facilitator);
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.to(email).isEmpty());
        InternetAddress[] replyTo = (InternetAddress[]) mailbox.to(email).get(0).getReplyTo();
        InboxClient client = new InboxClient(imap, mailServer.getSmtp().getPort());

        camel.getRouteController().stopRoute(MailInRoute.ROUTE_ID);
        for (int i = 0; i < REPLIES; i++) {
            client.deliver(reply(client, replyTo, email, i));
        }
        long bareStarted = System.nanoTime();
        int fetched = bareFetch();
        long bare = System.nanoTime() - bareStarted;
        assertThat(fetched).isEqualTo(REPLIES);

        long copactStarted = System.nanoTime();
        camel.getRouteController().startRoute(MailInRoute.ROUTE_ID);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> documents(round) == REPLIES && client.count("INBOX") == 0);
        long copact = System.nanoTime() - copactStarted;

        System.out.printf(Locale.ROOT, "%n%-66s %10s %10s%n", REPLIES + " replies with a PDF each, one run", "ms",
                "msg/s");
        print("bare IMAP: fetch every message whole, nothing else", bare);
        print("Copact mail-in: fetch, record once, match, keep the PDF, move", copact);
        System.out.printf(Locale.ROOT, "%-66s %9.2fx%n%n", "Copact / bare IMAP (time)", (double) copact / bare);
    }

    private int bareFetch() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(imap.host(), imap.port(), imap.username(), imap.password());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            for (Message message : messages) {
                message.writeTo(OutputStream.nullOutputStream());
            }
            inbox.close(false);
            return messages.length;
        } finally {
            store.close();
        }
    }

    private long documents(Round round) {
        return jdbc.queryForObject("select count(*) from document where round_id = ?", Long.class, round.id());
    }

    private static MimeMessage reply(InboxClient client, InternetAddress[] replyTo, String from, int i)
            throws Exception {
        MimeMessage reply = client.newMessage("<bench-" + i + "-" + UUID.randomUUID() + "@reply.example>");
        reply.setFrom(new InternetAddress(from));
        reply.setRecipients(MimeMessage.RecipientType.TO, replyTo);
        reply.setSubject("Re: răspunsul " + i, StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Răspunsul nostru, numărul " + i + ".", StandardCharsets.UTF_8.name());
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setContent(("%PDF-1.4\n% reply " + i + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII), "application/pdf");
        pdf.setFileName("semnat-" + i + ".pdf");
        reply.setContent(new MimeMultipart(text, pdf));
        return reply;
    }

    private static void print(String label, long nanos) {
        System.out.printf(Locale.ROOT, "%-66s %10d %10.0f%n", label, nanos / 1_000_000,
                REPLIES / (nanos / 1_000_000_000.0));
    }
}
