package org.copact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Copact killed like a crashed machine kills it ({@code kill -9} of its JVM, a separate process on a
 * data folder of its own), at two points of a round, and started again on the same data: nothing it
 * acknowledged is lost, the PostgreSQL it left behind does not keep it from starting, no stakeholder
 * gets two different links for one invitation, the round goes on, and its history still verifies.
 * The SMTP server is the test's and outlives every Copact.
 * <p>
 * Both crashes happen to one data folder, one after the other, so that three starts serve them
 * instead of four (a start is most of this class's time): the Copact started after the first crash
 * is the one the second crash kills, once the first crash's round has gone on and verified.
 */
@Tag("slow")
class CrashTests {

    /** a job locked by the dead JVM is taken again within a minute of the new start */
    static final Duration RESUMED = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("/s/[A-Za-z0-9_-]{20,}");

    GreenMail smtp;
    final AtomicReference<Predicate<MimeMessage>> onDelivery = new AtomicReference<>(message -> false);
    CopactJvm copact;
    Path data;

    @BeforeEach
    void serversThatOutliveCopact() throws IOException {
        data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "crash-");
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        // runs when the server has the mail and is about to file it, before it answers "250 OK"
        UserManager users = smtp.getUserManager();
        MessageDeliveryHandler otherwise = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, address) -> {
            onDelivery.get().test(message.getMessage());
            return otherwise.handle(message, address);
        });
    }

    @AfterEach
    void stop() throws IOException {
        if (copact != null && copact.isAlive()) {
            copact.kill();
        }
        if (copact != null) {
            copact.postgres().ifPresent(CopactJvm::killWithChildren);
        }
        smtp.stop();
    }

    @Test
    void shouldKeepWhatItAcknowledgedAndSendAnInvitationCutShortAgainWithTheSameLinkAfterEachCrash()
            throws Exception {
        copact = CopactJvm.start(data, smtp.getSmtp().getPort(), "first");
        String answered = shouldKeepAnAnswerAcknowledgedJustBeforeTheJvmAndItsDatabaseWereKilled();
        // the Copact started after the first crash runs on the same data, and is killed in turn
        shouldSendAnInvitationCutShortByTheCrashAgainWithTheSameLinkAndMessageId();
        assertThat(facilitator().get("/api/rounds/" + answered + "/history/verification").json().get("valid")
                .asBoolean()).as("the first crash's round, after the second crash").isTrue();
    }

    /** Answers the round's id; the Copact started after the crash is left running. */
    private String shouldKeepAnAnswerAcknowledgedJustBeforeTheJvmAndItsDatabaseWereKilled() throws Exception {
        // a commit is acknowledged once it is written and flushed: what a kill -9 or a power cut cannot undo
        assertThat(copact.postgresSetting("fsync")).isEqualTo("on");
        assertThat(copact.postgresSetting("synchronous_commit")).isEqualTo("on");
        HttpSession staff = facilitator();
        String roundId = launch(staff, "Pact după o pană", List.of("ana@answer.crash.example", "dan@answer.crash.example"));
        Mailbox mailbox = new Mailbox(smtp);
        await().atMost(Duration.ofSeconds(90)).until(() -> !mailbox.to("ana@answer.crash.example").isEmpty()
                && !mailbox.to("dan@answer.crash.example").isEmpty());
        HttpSession ana = HttpSession.anonymous(copact.baseUrl());
        ana.open(mailbox.latestLinkTo("ana@answer.crash.example"));
        String task = await().atMost(Duration.ofSeconds(60)).until(() -> ana.get("/api/tasks").json(),
                tasks -> tasks.size() == 1).get(0).get("id").asText();

        assertThat(ana.post("/api/tasks/" + task + "/submission",
                Map.of("priorities", "Panouri solare pe școli", "intendsToSign", "yes")).status()).isEqualTo(204);
        ProcessHandle postgres = copact.postgres().orElseThrow();
        copact.kill();
        assertThat(postgres.isAlive()).as("the JVM's PostgreSQL outlives it").isTrue();
        // then the database too, before it wrote anything more: what it acknowledged must be on disk
        CopactJvm.killWithChildren(postgres);

        copact = CopactJvm.start(data, smtp.getSmtp().getPort(), "second");
        staff = facilitator();
        JsonNode round = staff.get("/api/rounds/" + roundId).json();
        assertThat(round.at("/figures/answered").asInt()).as("the acknowledged answer").isEqualTo(1);
        assertThat(staff.get("/api/rounds/" + roundId + "/history").body()).contains("ConsultationAnswered");

        answerAsStakeholder(mailbox, "dan@answer.crash.example");
        await().atMost(RESUMED).until(() -> stageOf(facilitator(), roundId).equals("DRAFTING"));
        assertThat(facilitator().get("/api/rounds/" + roundId + "/history/verification").json().get("valid")
                .asBoolean()).isTrue();
        return roundId;
    }

    /** Kills the running Copact at the first invitation's delivery; the one started after it is left running. */
    private void shouldSendAnInvitationCutShortByTheCrashAgainWithTheSameLinkAndMessageId() throws IOException {
        List<String> people = List.of("ana@mail.crash.example", "dan@mail.crash.example", "ioana@mail.crash.example");
        // the JVM dies the moment the server has the first invitation, before Copact hears it was taken
        AtomicReference<String> cutShort = new AtomicReference<>();
        AtomicReference<ProcessHandle> orphan = new AtomicReference<>();
        CopactJvm first = copact;
        onDelivery.set(message -> {
            if (cutShort.get() == null && "invitation".equals(header(message, "X-Copact-Kind"))
                    && people.contains(recipient(message))) {
                cutShort.set(recipient(message));
                try {
                    orphan.set(first.postgres().orElseThrow());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                first.kill();
                return true;
            }
            return false;
        });
        String roundId = launch(facilitator(), "Pact cu invitații întrerupte", people);
        await().atMost(Duration.ofSeconds(90)).until(() -> !first.isAlive());
        assertThat(orphan.get().isAlive()).as("the dead JVM's PostgreSQL runs on, holding the data folder").isTrue();

        copact = CopactJvm.start(data, smtp.getSmtp().getPort(), "third");
        assertThat(orphan.get().isAlive()).as("stopped before the new start").isFalse();
        Mailbox mailbox = new Mailbox(smtp);
        await().atMost(RESUMED).until(() -> people.stream().allMatch(p -> !invitations(mailbox, p).isEmpty()));

        for (String person : people) {
            List<MimeMessage> invitations = invitations(mailbox, person);
            assertThat(invitations.stream().map(CrashTests::link).collect(Collectors.toSet()))
                    .as("one link for %s", person).hasSize(1);
            assertThat(invitations.stream().map(CrashTests::messageId).collect(Collectors.toSet()))
                    .as("one Message-ID for %s", person).hasSize(1);
        }
        assertThat(invitations(mailbox, cutShort.get())).as("sent again, as it was").hasSize(2);

        for (String person : people) {
            answerAsStakeholder(mailbox, person);
        }
        await().atMost(RESUMED).until(() -> stageOf(facilitator(), roundId).equals("DRAFTING"));
        assertThat(facilitator().get("/api/rounds/" + roundId + "/history/verification").json().get("valid")
                .asBoolean()).isTrue();
    }

    private HttpSession facilitator() {
        HttpSession admin = HttpSession.loggedIn(copact.baseUrl(), CopactJvm.ADMIN, CopactJvm.ADMIN_PASSWORD);
        if (admin.get("/api/admin/regions").body().contains("CRASH")) {
            return HttpSession.loggedIn(copact.baseUrl(), "crash-facilitator", "crash facilitator secret");
        }
        assertThat(admin.post("/api/admin/regions", Map.of("id", "CRASH", "name", "Regiunea testului de avarie",
                "defaultLanguage", "ro")).status()).isLessThan(300);
        assertThat(admin.post("/api/admin/staff", Map.of("username", "crash-facilitator",
                "password", "crash facilitator secret", "displayName", "Irina Avram", "role", "FACILITATOR",
                "regionId", "CRASH", "email", "irina@copact.test")).status()).isLessThan(300);
        return HttpSession.loggedIn(copact.baseUrl(), "crash-facilitator", "crash facilitator secret");
    }

    private static String launch(HttpSession staff, String title, List<String> addresses) {
        List<org.copact.round.RoundDefinition.StakeholderInput> stakeholders = addresses.stream()
                .map(address -> TestRounds.stakeholder("Organizația " + address.substring(0, address.indexOf('@')),
                        "Persoana " + address.substring(0, address.indexOf('@')), address, "SME", "ro",
                        TestRounds.ALL_ROLES))
                .toList();
        String roundId = staff.post("/api/rounds", TestRounds.round(title, stakeholders)).json().get("id").asText();
        assertThat(staff.post("/api/rounds/" + roundId + "/launch", "").status()).isEqualTo(200);
        return roundId;
    }

    private void answerAsStakeholder(Mailbox mailbox, String address) {
        HttpSession browser = HttpSession.anonymous(copact.baseUrl());
        assertThat(browser.open(mailbox.latestLinkTo(address)).status()).isEqualTo(303);
        String task = await().atMost(RESUMED).until(() -> browser.get("/api/tasks").json(), t -> t.size() == 1)
                .get(0).get("id").asText();
        assertThat(browser.post("/api/tasks/" + task + "/submission",
                Map.of("priorities", "Reciclare", "intendsToSign", "undecided")).status()).isEqualTo(204);
    }

    private static String stageOf(HttpSession staff, String roundId) {
        return staff.get("/api/rounds/" + roundId).json().get("stage").asText();
    }

    private static List<MimeMessage> invitations(Mailbox mailbox, String address) {
        return mailbox.to(address).stream().filter(m -> "invitation".equals(header(m, "X-Copact-Kind"))).toList();
    }

    private static String link(MimeMessage message) {
        Matcher matcher = LINK.matcher(Mailbox.text(message));
        return matcher.find() ? matcher.group() : "no link";
    }

    private static String messageId(MimeMessage message) {
        return header(message, "Message-ID");
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
