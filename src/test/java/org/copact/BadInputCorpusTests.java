package org.copact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No server error and no partial write on bad input (issue 13, item 7): hundreds of bad requests
 * made from the OpenAPI document of the running Copact and from the forms of its pages, each sent
 * by a caller it is meant for, so that it reaches its handler. Every answer is below 500, an API's
 * refusal is a problem document, and a refused request leaves Copact's tables exactly as they were.
 */
@Tag("slow")
class BadInputCorpusTests extends HttpTestSupport {

    private static final List<String> BAD_FORM_VALUES = List.of("a\u0000b", "ș".repeat(5000),
            "+294277-01-01", "99999999999999999999");

    @Autowired
    JdbcTemplate jdbc;

    /** each request with its status, as it goes: target/bad-input-corpus.txt */
    private java.io.PrintWriter log;

    @org.junit.jupiter.api.BeforeEach
    void openLog() throws java.io.IOException {
        log = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(
                java.nio.file.Path.of("target", "bad-input-corpus.txt")), true);
    }

    @org.junit.jupiter.api.AfterEach
    void closeLog() {
        log.close();
    }

    @Test
    void shouldAnswerEveryBadRequestBelow500AndWriteNothingWhenItRefuses() {
        TwoRegions world = new TwoRegions(baseUrl(), accounts, mailbox, facilitator, facilitatorSession);
        JsonNode document = world.anonymous.get("/v3/api-docs").json();
        List<String> answerKeys = keysOf(world.ana.get("/api/tasks/" + world.anaTask + "/form").json().get("form"));
        List<BadRequests.Request> api = new ArrayList<>(new BadRequests(document,
                variable -> world.valueOf(variable[0], variable[1]),
                Map.of("/api/tasks/{id}/submission", answerKeys)).all());
        // what could end the round or the task goes last, so that everything before reaches a live one
        api.sort(Comparator.comparingInt(BadInputCorpusTests::lateness));
        // the forms as their pages first show them: a request below may end the task whose page it is
        Map<PageForms.Form, HttpSession> forms = new LinkedHashMap<>();
        for (Map.Entry<String, HttpSession> page : pages(world).entrySet()) {
            HttpSession.Response shown = page.getValue().get(page.getKey());
            assertThat(shown.status()).as(page.getKey() + ": " + shown).isEqualTo(200);
            PageForms.of(shown.body(), page.getKey()).forEach(form -> forms.put(form, page.getValue()));
        }
        List<String> failures = new ArrayList<>();
        log.println(api.size() + " API requests");
        TableDigest tables = new TableDigest(jdbc);
        Map<String, String> before = tables.settled();
        int sent = 0;
        for (BadRequests.Request request : api) {
            HttpSession caller = callerFor(request.path(), world);
            HttpSession.Response response;
            try {
                response = caller.sendRaw(request.method(), request.path(), request.contentType(),
                        request.body() == null ? new byte[0] : request.body());
            } catch (IllegalStateException e) {
                failures.add("no answer to " + request + ": " + e.getCause());
                continue;
            }
            sent++;
            log.println(response.status() + " " + request);
            // Tomcat refuses a NUL in the path itself (its URI normalisation) with its own 400 page,
            // before any of Copact's code or its problem handler sees the request: no 5xx and nothing
            // written is still asserted for those, a problem document cannot be
            boolean reachesCopact = !request.path().contains("%00");
            before = check(request.toString(), response, reachesCopact, tables, before, failures,
                    !request.method().equals("GET"));
        }
        Set<String> formRequests = new LinkedHashSet<>();
        for (Map.Entry<PageForms.Form, HttpSession> page : forms.entrySet()) {
            PageForms.Form form = page.getKey();
            {
                if (form.action().endsWith("/cancel") || form.action().endsWith("/remove")
                        || form.action().endsWith("/disabling") || form.action().equals("/logout")) {
                    continue;
                }
                for (String field : form.fields().keySet()) {
                    if (field.equals("_csrf")) {
                        continue;
                    }
                    for (String bad : BAD_FORM_VALUES) {
                        Map<String, String> values = new LinkedHashMap<>(form.fields());
                        values.put(field, bad);
                        String body = form.encoded(values);
                        if (!formRequests.add(form.action() + " " + body)) {
                            continue;
                        }
                        HttpSession.Response response = page.getValue().postForm(form.action(), body);
                        sent++;
                        log.println(response.status() + " POST " + form.action() + " " + field + "=" + abbreviated(bad));
                        before = check("POST " + form.action() + " [" + field + "=" + abbreviated(bad) + "]",
                                response, false, tables, before, failures, true);
                    }
                }
            }
        }
        assertThat(sent).as("distinct bad requests").isGreaterThanOrEqualTo(300);
        assertThat(formRequests).as("bad form posts").hasSizeGreaterThan(30);
        assertThat(failures).as(failures.size() + " of " + sent + " requests").isEmpty();
    }

    /**
     * Records what is wrong with one answer, and answers the digest to compare the next one with:
     * after an accepted change, the one of the tables once its consequences (mail, listeners) settled.
     */
    private static Map<String, String> check(String request, HttpSession.Response response, boolean api,
            TableDigest tables, Map<String, String> before, List<String> failures, boolean mayChange) {
        int status = response.status();
        if (status >= 500) {
            failures.add(status + " for " + request + ": " + abbreviated(response.body()));
        }
        boolean refused = status >= 400;
        if (api && status >= 400 && !response.contentType().startsWith("application/problem+json")) {
            failures.add(status + " without a problem document for " + request + ": " + response.contentType());
        }
        if (refused) {
            Map<String, String> after = tables.take();
            if (!after.equals(before)) {
                failures.add(status + " but " + TableDigest.changed(before, after) + " changed for " + request);
                return tables.settled();
            }
            return before;
        }
        // a GET changes nothing: the tables are still as they settled before it
        return mayChange ? tables.settled() : before;
    }

    private static int lateness(BadRequests.Request request) {
        if (request.method().equals("DELETE")) {
            return 3;
        }
        if (request.path().contains("/closing") || request.path().contains("/link-revocation")) {
            return 2;
        }
        return request.path().startsWith("/api/tasks/") ? 0 : 1;
    }

    private static HttpSession callerFor(String path, TwoRegions world) {
        if (path.startsWith("/api/admin/")) {
            return world.administrator;
        }
        if (path.startsWith("/api/tasks")) {
            return world.ana;
        }
        return path.startsWith("/api/public/") ? world.anonymous : world.facilitator;
    }

    /** The pages with forms, each with the caller it is for; the task's page last, its post may end the task. */
    private static Map<String, HttpSession> pages(TwoRegions world) {
        Map<String, HttpSession> pages = new LinkedHashMap<>();
        pages.put("/rounds/new", world.facilitator);
        pages.put("/rounds/" + world.roundId, world.facilitator);
        pages.put("/rounds/" + world.roundId + "/edit", world.facilitator);
        pages.put("/rounds/" + world.roundId + "/notifications", world.facilitator);
        pages.put("/admin/staff", world.administrator);
        pages.put("/admin/staff/" + world.spareStaff, world.administrator);
        pages.put("/verify", world.anonymous);
        pages.put("/my/tasks/" + world.anaTask, world.ana);
        return pages;
    }

    /** The keys of a form-js definition's fields. */
    private static List<String> keysOf(JsonNode form) {
        List<String> keys = new ArrayList<>();
        if (form == null) {
            return keys;
        }
        form.findValues("key").forEach(key -> {
            if (key.isTextual() && !keys.contains(key.asText())) {
                keys.add(key.asText());
            }
        });
        return keys;
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
