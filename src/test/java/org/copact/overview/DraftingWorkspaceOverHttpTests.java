package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestFiles;
import org.copact.TestRounds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The drafting workspace over HTTP: the consultation's answers (from the form and from a reply by
 * email, with the document it carried) by stakeholder and by question, filtered by the page's query,
 * in the JSON API and as CSV and Excel downloads that read back with every letter; only the round's
 * facilitators get them.
 */
class DraftingWorkspaceOverHttpTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String ANA_PRIORITIES = "Eficiență energetică în școli: țintă 20% până în 2030";
    private static final String ANA_OBSTACLES = "Lipsa de finanțare, \"birocrația\"\nși termenele scurte";
    private static final String MARIA_PRIORITIES = "Възобновяема енергия за малките и средните предприятия";
    private static final String MARIA_OBSTACLES = "=HYPERLINK(\"http://example.org\";\"щракнете\")";
    private static final String NIKOS_REPLY = "Προτεραιότητα: ενεργειακή αναβάθμιση των σχολείων της Θεσσαλονίκης.";
    /** what Copact records of the reply: what he wrote above the quote, his name included */
    private static final String NIKOS_ANSWER = NIKOS_REPLY + "\n\nΝίκος";

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String ana = "ana" + suffix + "@cj-ilfov.example";
    private final String ioana = "ioana" + suffix + "@eco.example";
    private final String nikos = "nikos" + suffix + "@greenlab.example";
    private final String maria = "maria" + suffix + "@cluster.example";

    @Test
    void shouldShowTheAnswersByStakeholderAndByQuestionFilteredAndDownloadableToFacilitatorsOnly() throws Exception {
        String roundId = launchedRound();
        HttpSession anaBrowser = answerOnTheWeb(ana, Map.of("priorities", ANA_PRIORITIES, "obstacles", ANA_OBSTACLES,
                "intendsToSign", "yes"));
        answerOnTheWeb(maria, Map.of("priorities", MARIA_PRIORITIES, "obstacles", MARIA_OBSTACLES,
                "intendsToSign", "undecided"));
        replyByEmail(nikos, NIKOS_REPLY, "σχέδιο-δράσης.pdf");
        String api = "/api/rounds/" + roundId + "/consultation/answers";
        JsonNode all = await().atMost(PATIENCE).until(() -> facilitatorSession.get(api + "?lang=en").json(),
                json -> list(json.get("stakeholders")).stream().filter(s -> s.get("status").asText().equals("ANSWERED"))
                        .count() == 3);

        // by stakeholder: all four consulted, Ioana not answered; Nikos's reply and its document
        assertThat(all.get("consulted").asInt()).isEqualTo(4);
        JsonNode byNikos = stakeholder(all, "Θεσσαλονίκη Green Lab");
        assertThat(byNikos.get("category").asText()).isEqualTo("NGO");
        assertThat(byNikos.get("language").asText()).isEqualTo("el");
        assertThat(byNikos.get("channel").asText()).isEqualTo("email");
        assertThat(byNikos.at("/answers/0/question").asText()).isEqualTo("emailedText");
        assertThat(byNikos.at("/answers/0/text").asText()).isEqualTo(NIKOS_ANSWER);
        assertThat(byNikos.at("/documents/0/fileName").asText()).isEqualTo("σχέδιο-δράσης.pdf");
        assertThat(facilitatorSession.download(byNikos.at("/documents/0/download").asText()).body())
                .isEqualTo(TestFiles.PDF);
        assertThat(stakeholder(all, "Eco Construcții Măgurele SRL").get("status").asText()).isEqualTo("INVITED");
        assertThat(stakeholder(all, "Clusterul Верде").at("/answers").toString()).contains(MARIA_PRIORITIES)
                .as("an option by its label").contains("Not yet decided");

        // by question, in Romanian: each question's label, every answer to it with who gave it
        JsonNode inRomanian = facilitatorSession.get(api + "?lang=ro").json();
        JsonNode priorities = list(inRomanian.get("byQuestion")).stream()
                .filter(q -> q.get("question").asText().equals("priorities")).findFirst().orElseThrow();
        assertThat(priorities.get("label").asText()).isEqualTo("Prioritățile dumneavoastră pentru tranziția verde");
        assertThat(list(priorities.get("answers"))).extracting(a -> a.get("organisation").asText() + ": "
                + a.get("text").asText()).containsExactlyInAnyOrder("Consiliul Județean Ilfov: " + ANA_PRIORITIES,
                "Clusterul Верде: " + MARIA_PRIORITIES);

        // the page, in Romanian, without any script: both views, the emailed answer, the document's link
        Document page = Jsoup.parse(facilitatorSession.get("/rounds/" + roundId + "/drafting?lang=ro").body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Spațiul de redactare");
        assertThat(page.select("#by-stakeholder tbody tr")).hasSize(4);
        assertThat(page.selectFirst("#by-stakeholder").text()).contains(ANA_PRIORITIES, NIKOS_REPLY,
                "Răspuns prin e-mail", "Invitat, încă fără răspuns", "Ελληνικά", "ONG");
        assertThat(page.select("#by-stakeholder a[href$=/content]").text()).isEqualTo("σχέδιο-δράσης.pdf");
        assertThat(page.selectFirst("section[data-question=priorities]").text())
                .contains("Prioritățile dumneavoastră pentru tranziția verde", "Consiliul Județean Ilfov",
                        ANA_PRIORITIES, "Clusterul Верде", MARIA_PRIORITIES);
        assertThat(page.selectFirst("section[data-question=emailedText]").text()).contains(NIKOS_REPLY);

        // filters: by category, by answered or not, by question, by text (whatever its accents)
        assertThat(organisations(facilitatorSession.get(api + "?category=NGO").json()))
                .containsExactly("Θεσσαλονίκη Green Lab");
        assertThat(organisations(facilitatorSession.get(api + "?answered=false").json()))
                .containsExactly("Eco Construcții Măgurele SRL");
        JsonNode obstacles = facilitatorSession.get(api + "?question=obstacles").json();
        assertThat(organisations(obstacles)).containsExactlyInAnyOrder("Consiliul Județean Ilfov", "Clusterul Верде");
        assertThat(list(obstacles.get("byQuestion"))).extracting(q -> q.get("question").asText())
                .containsExactly("obstacles");
        assertThat(organisations(facilitatorSession.get(api + "?text=ENERGETICA%20IN%20SCOLI").json()))
                .containsExactly("Consiliul Județean Ilfov");
        Document filtered = Jsoup.parse(facilitatorSession.get("/rounds/" + roundId
                + "/drafting?lang=en&category=CLUSTER&answered=true").body());
        assertThat(filtered.select("#by-stakeholder tbody th[scope=row]")).singleElement()
                .satisfies(org -> assertThat(org.text()).contains("Clusterul Верде"));
        assertThat(filtered.selectFirst("#filter-category option[selected]").val()).isEqualTo("CLUSTER");
        assertThat(filtered.selectFirst("#download-csv").attr("href")).endsWith("?category=CLUSTER&answered=true");

        // a filter that names nothing: a field error in the reader's language, never a 500
        HttpSession.Response wrongPage = facilitatorSession.get("/rounds/" + roundId + "/drafting?lang=ro&category=FARM");
        assertThat(wrongPage.status()).isEqualTo(400);
        assertThat(Jsoup.parse(wrongPage.body()).selectFirst("#filter-category-error").text())
                .isEqualTo("nu este o categorie de părți interesate");
        HttpSession.Response wrongApi = facilitatorSession.get(api + ".csv?question=colour&answered=maybe&lang=it");
        assertThat(wrongApi.status()).as(wrongApi.toString()).isEqualTo(400);
        assertThat(wrongApi.contentType()).startsWith("application/problem+json");
        assertThat(list(wrongApi.json().get("errors"))).extracting(e -> e.get("field").asText())
                .containsExactly("question", "answered");
        assertThat(wrongApi.json().at("/errors/0/message").asText()).isEqualTo("non è una domanda della consultazione");

        // CSV: a byte order mark, RFC 4180, every letter intact, a formula made harmless
        HttpSession.Download csv = facilitatorSession.download(api + ".csv?lang=bg");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentDisposition()).startsWith("attachment").contains(".csv");
        assertThat(new byte[] {csv.body()[0], csv.body()[1], csv.body()[2]})
                .containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parseCsv(new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).startsWith("Организация").contains("Какво ви пречи", "Отговор по имейл");
        int obstaclesColumn = rows.get(0).indexOf("Какво ви пречи");
        assertThat(row(rows, "Consiliul Județean Ilfov")).contains(ANA_PRIORITIES)
                .element(obstaclesColumn).isEqualTo(ANA_OBSTACLES);
        assertThat(row(rows, "Clusterul Верде")).contains(MARIA_PRIORITIES).element(obstaclesColumn)
                .as("a formula is text to a spreadsheet").isEqualTo("'" + MARIA_OBSTACLES);
        assertThat(row(rows, "Θεσσαλονίκη Green Lab")).contains(NIKOS_ANSWER, "σχέδιο-δράσης.pdf", "Νίκος Παπαδόπουλος");

        // XLSX, read back with the same library: the same rows, the formula kept as text
        HttpSession.Download xlsx = facilitatorSession.download(api + ".xlsx?lang=el&question=priorities");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Απαντήσεις της διαβούλευσης");
            List<List<String>> cells = cells(sheet);
            assertThat(cells.get(0)).startsWith("Οργανισμός").contains("Οι προτεραιότητές σας για την πράσινη μετάβαση");
            assertThat(cells).hasSize(3);
            assertThat(row(cells, "Consiliul Județean Ilfov")).contains(ANA_PRIORITIES, "Δημόσια αρχή");
            assertThat(row(cells, "Clusterul Верде")).contains(MARIA_PRIORITIES, "Мария Иванова");
        }
        HttpSession.Download withFormula = facilitatorSession.download(api + ".xlsx?question=obstacles");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(withFormula.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row marias = sheet.getRow(rowIndex(cells(sheet), "Clusterul Верде"));
            assertThat(StreamSupport.stream(marias.spliterator(), false))
                    .as("every cell is a text, none a formula")
                    .allSatisfy(c -> assertThat(c.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING))
                    .anySatisfy(c -> assertThat(c.getStringCellValue()).isEqualTo(MARIA_OBSTACLES));
        }

        // a stakeholder gets none of it; nor does the facilitator of another region
        for (String path : List.of(api, api + ".csv", api + ".xlsx", "/rounds/" + roundId + "/drafting")) {
            HttpSession.Response refused = anaBrowser.get(path);
            assertThat(refused.status()).as(path).isIn(403, 404);
            assertThat(refused.body()).doesNotContain(MARIA_PRIORITIES).doesNotContain(NIKOS_REPLY);
        }
        var stranger = TestRounds.newRegionWithFacilitator(accounts);
        HttpSession strangerSession = HttpSession.loggedIn(baseUrl(), stranger.username(), stranger.username());
        for (String path : List.of(api, api + ".csv", "/rounds/" + roundId + "/drafting")) {
            HttpSession.Response refused = strangerSession.get(path);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.body()).doesNotContain(MARIA_PRIORITIES);
        }
    }

    private String launchedRound() {
        return launchRound(TestRounds.round("Pact " + suffix, List.of(
                TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana-Maria Ionescu", ana, "PUBLIC_AUTHORITY", "ro",
                        TestRounds.ALL_ROLES),
                TestRounds.stakeholder("Eco Construcții Măgurele SRL", "Ioana Popescu", ioana, "SME", "ro",
                        TestRounds.ALL_ROLES),
                TestRounds.stakeholder("Θεσσαλονίκη Green Lab", "Νίκος Παπαδόπουλος", nikos, "NGO", "el",
                        List.of("PARTICIPANT", "REVIEWER")),
                TestRounds.stakeholder("Clusterul Верде", "Мария Иванова", maria, "CLUSTER", "bg",
                        List.of("PARTICIPANT", "SIGNATORY")))));
    }

    private HttpSession answerOnTheWeb(String person, Map<String, Object> values) {
        await().atMost(PATIENCE).until(() -> !mailbox.to(person).isEmpty());
        HttpSession browser = HttpSession.anonymous(baseUrl());
        assertThat(browser.open(mailbox.latestLinkTo(person)).status()).isEqualTo(303);
        JsonNode tasks = await().atMost(PATIENCE).until(() -> browser.get("/api/tasks").json(), t -> t.size() == 1);
        HttpSession.Response done = browser.post("/api/tasks/" + tasks.get(0).get("id").asText() + "/submission",
                values);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
        return browser;
    }

    /** A reply from a mail client, over SMTP to the Reply-To of Copact's invitation, with a PDF attached. */
    private void replyByEmail(String person, String text, String fileName) throws Exception {
        await().atMost(PATIENCE).until(() -> !mailbox.to(person).isEmpty());
        MimeMessage invitation = mailbox.to(person).get(0);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", mailServer.getSmtp().getBindTo());
        properties.setProperty("mail.smtp.port", String.valueOf(mailServer.getSmtp().getPort()));
        MimeMessage reply = new MimeMessage(Session.getInstance(properties));
        reply.setFrom(new InternetAddress(person));
        reply.setRecipients(MimeMessage.RecipientType.TO, invitation.getReplyTo());
        reply.setSubject("Re: " + invitation.getSubject(), StandardCharsets.UTF_8.name());
        reply.setHeader("In-Reply-To", invitation.getMessageID());
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text + "\n\nΝίκος\n\n> " + invitation.getSubject(), StandardCharsets.UTF_8.name());
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setContent(TestFiles.PDF, "application/pdf");
        attachment.setFileName(jakarta.mail.internet.MimeUtility.encodeText(fileName, "UTF-8", "B"));
        attachment.setHeader("Content-Transfer-Encoding", "base64"); // as mail clients send a file, byte for byte
        reply.setContent(new MimeMultipart(body, attachment));
        Transport.send(reply);
    }

    private static JsonNode stakeholder(JsonNode answers, String organisation) {
        return list(answers.get("stakeholders")).stream()
                .filter(s -> s.get("organisation").asText().equals(organisation)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + organisation + " in " + answers));
    }

    private static List<String> organisations(JsonNode answers) {
        return list(answers.get("stakeholders")).stream().map(s -> s.get("organisation").asText()).toList();
    }

    private static List<String> row(List<List<String>> rows, String organisation) {
        return rows.stream().filter(r -> r.get(0).equals(organisation)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + organisation + " in " + rows));
    }

    private static int rowIndex(List<List<String>> rows, String organisation) {
        return rows.indexOf(row(rows, organisation));
    }

    private static List<List<String>> cells(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
            rows.add(cells);
        }
        return rows;
    }

    /** RFC 4180 read strictly: fields split by commas, records by CRLF, quoted fields with doubled quotes. */
    private static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field).as("a quote opens a field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertThat(csv.charAt(i + 1)).as("records end with CRLF").isEqualTo('\n');
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("a line feed only inside quotes").isNotEqualTo('\n');
                field.append(c);
            }
        }
        assertThat(field).as("the last record ends with CRLF").isEmpty();
        return rows;
    }

    private static List<JsonNode> list(JsonNode array) {
        return new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
    }
}
