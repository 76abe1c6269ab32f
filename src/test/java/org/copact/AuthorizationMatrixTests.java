package org.copact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach what (issue 13, item 7): every endpoint and page, asked by each kind of caller, in
 * one table of expected statuses. The test reads the OpenAPI document and Spring MVC's handler
 * mappings, and fails for an endpoint without a row, so a new endpoint comes with its row.
 * <p>
 * Each request names real things: the round of this test's region (Ana and Dan are its
 * stakeholders, {@code {id}} of a task is Ana's consultation task), Ioana's participation for
 * changes, a spare staff account for account changes. A change is sent without its fields (an
 * empty JSON object, an empty form), so that whoever may make it reaches the handler and gets its
 * field errors, and nobody's change takes the round anywhere. Within a row the region's
 * facilitator asks last, so that what they may do does not change what the others see.
 */
class AuthorizationMatrixTests extends HttpTestSupport {

    private static final List<String> COLUMNS = List.of("anonymous", "ana", "dan", "otherStakeholder",
            "otherFacilitator", "facilitator", "admin");
    private static final List<String> ASKING_ORDER = List.of("anonymous", "ana", "dan", "otherStakeholder",
            "otherFacilitator", "admin", "facilitator");
    /** doors that are not Spring MVC handlers: Camunda's REST API (Jersey) and webapps, the actuator */
    private static final List<String> OTHER_DOORS = List.of("/engine-rest/", "/camunda/", "/actuator/");

    /**
     * The expected status of every cell. Columns: anonymous; Ana and Dan, two stakeholders of the
     * round; a stakeholder of another region's round; that region's facilitator; this region's
     * facilitator; an administrator. Rows are asked from top to bottom.
     */
    private static final String MATRIX = """
            # method path                                                              anon ana dan oSt oFa fac adm
            GET    /api/rounds                                                        401 403 403 403 200 200 200
            DELETE /api/rounds/{id}                                                   401 403 403 403 404 400 400
            DELETE /api/rounds/{id}/stakeholders/{participationId}                    401 403 403 403 404 404 204
            DELETE /api/tasks/{id}/comments/{commentId}                               401 404 404 404 404 404 404
            GET    /admin/staff                                                       302 403 403 403 403 403 200
            GET    /admin/staff/{username}                                            302 403 403 403 403 403 200
            GET    /api/admin/regions                                                 401 403 403 403 403 403 200
            GET    /api/admin/staff                                                   401 403 403 403 403 403 200
            GET    /api/admin/staff/{username}                                        401 403 403 403 403 403 200
            GET    /api/public/verification                                           400 400 400 400 400 400 400
            GET    /api/quarantine                                                    401 403 403 403 200 200 200
            GET    /api/rounds/{id}                                                   401 403 403 403 404 200 200
            GET    /api/rounds/{id}/accessions                                        401 403 403 403 404 200 200
            GET    /api/rounds/{id}/consultation/answers                              401 403 403 403 404 200 200
            GET    /api/rounds/{id}/consultation/answers.csv                          401 403 403 403 404 200 200
            GET    /api/rounds/{id}/consultation/answers.xlsx                         401 403 403 403 404 200 200
            GET    /api/rounds/{id}/history                                           401 403 403 403 404 200 200
            GET    /api/rounds/{id}/history/entries/{seq}/proof                       401 403 403 403 404 200 200
            GET    /api/rounds/{id}/history/evidence                                  401 403 403 403 404 403 200
            GET    /api/rounds/{id}/history/page                                      401 403 403 403 404 200 200
            GET    /api/rounds/{id}/history/verification                              401 403 403 403 404 200 200
            GET    /api/rounds/{id}/notification-preference                           401 403 403 403 404 200 200
            GET    /api/rounds/{id}/pact                                              401 403 403 403 404 200 200
            GET    /api/rounds/{id}/pact/draft                                        401 403 403 403 404 200 200
            GET    /api/rounds/{id}/pact/editions                                     401 403 403 403 404 200 200
            GET    /api/rounds/{id}/pact/editions/{edition}/pdf                       401 403 403 403 404 404 404
            GET    /api/rounds/{id}/pact/sealed                                       401 403 403 403 404 404 404
            GET    /api/rounds/{id}/pact/versions/{from}/diff/{to}                    401 403 403 403 404 404 404
            GET    /api/rounds/{id}/pact/versions/{number}/comments                   401 403 403 403 404 404 404
            GET    /api/rounds/{id}/pact/versions/{number}/pdf                        401 403 403 403 404 404 404
            GET    /api/rounds/{id}/withdrawals                                       401 403 403 403 404 200 200
            GET    /api/rounds/{roundId}/documents                                    401 403 403 403 404 200 200
            GET    /api/rounds/{roundId}/documents/refused                            401 403 403 403 404 200 200
            GET    /api/rounds/{roundId}/documents/{documentId}/content               401 403 403 403 404 200 200
            GET    /api/tasks                                                         401 200 200 200 200 200 200
            GET    /api/tasks/{id}/comments                                           401 404 404 404 404 404 404
            GET    /api/tasks/{id}/form                                               401 200 404 404 404 404 404
            GET    /dev/mail                                                          302 403 403 403 200 200 200
            GET    /error                                                             404 404 404 404 404 404 404
            GET    /login                                                             200 200 200 200 200 200 200
            GET    /my/documents                                                      401 200 200 200 404 404 404
            GET    /my/documents/{id}                                                 401 404 404 404 404 200 200
            GET    /my/pact                                                           401 200 200 200 404 404 404
            GET    /my/pact/editions/{edition}/pdf                                    401 404 404 404 404 404 404
            GET    /my/pact/sealed                                                    401 404 404 404 404 404 404
            GET    /my/pact/versions/{from}/diff/{to}                                 401 404 404 404 404 404 404
            GET    /my/pact/versions/{number}/pdf                                     401 404 404 404 404 404 404
            GET    /my/tasks                                                          401 200 200 200 302 302 302
            GET    /my/tasks/{id}                                                     401 200 404 404 404 404 404
            GET    /my/tasks/{id}/done                                                401 200 200 200 200 200 200
            GET    /rounds                                                            302 403 403 403 200 200 200
            GET    /rounds/new                                                        302 403 403 403 200 200 200
            GET    /rounds/tasks                                                      302 403 403 403 200 200 200
            GET    /rounds/{id}                                                       302 403 403 403 404 200 200
            GET    /rounds/{id}/drafting                                              302 403 403 403 404 200 200
            GET    /rounds/{id}/edit                                                  302 403 403 403 404 200 200
            GET    /rounds/{id}/notifications                                         302 403 403 403 404 200 200
            GET    /rounds/{id}/pact/draft                                            302 403 403 403 404 200 200
            GET    /rounds/{id}/pact/versions/{from}/diff/{to}                        302 403 403 403 404 404 404
            GET    /rounds/{id}/pact/versions/{number}/comments                       302 403 403 403 404 404 404
            GET    /rounds/{id}/timeline                                              302 403 403 403 404 200 200
            GET    /rounds/{id}/verification                                          302 403 403 403 404 403 200
            GET    /s/invalid                                                         404 404 404 404 404 404 404
            GET    /s/{token}                                                         404 404 404 404 404 404 404
            GET    /swagger-ui.html                                                   302 302 302 302 302 302 302
            GET    /v3/api-docs                                                       200 200 200 200 200 200 200
            GET    /v3/api-docs.yaml                                                  302 200 200 200 200 200 200
            GET    /v3/api-docs/swagger-config                                        200 200 200 200 200 200 200
            GET    /verify                                                            200 200 200 200 200 200 200
            PATCH  /api/admin/staff/{username}                                        401 403 403 403 403 403 200
            PATCH  /api/rounds/{id}                                                   401 403 403 403 404 200 200
            PATCH  /api/rounds/{id}/stakeholders/{participationId}                    401 403 403 403 404 404 404
            POST   /admin/staff                                                       302 403 403 403 403 403 422
            POST   /admin/staff/{username}                                            302 403 403 403 403 403 422
            POST   /admin/staff/{username}/disabling                                  302 403 403 403 403 403 302
            POST   /admin/staff/{username}/enabling                                   302 403 403 403 403 403 302
            POST   /api/admin/regions                                                 401 403 403 403 403 403 400
            POST   /api/admin/staff                                                   401 403 403 403 403 403 400
            POST   /api/admin/staff/{username}/disabling                              401 403 403 403 403 403 200
            POST   /api/admin/staff/{username}/enabling                               401 403 403 403 403 403 200
            POST   /api/public/verification                                           200 200 200 200 200 200 200
            POST   /api/quarantine/{id}/assignment                                    401 403 403 403 400 400 400
            POST   /api/quarantine/{id}/dismissal                                     401 403 403 403 400 400 400
            POST   /api/rounds                                                        401 403 403 403 400 400 400
            POST   /api/rounds/{id}/accessions                                        401 403 403 403 404 409 403
            POST   /api/rounds/{id}/accessions/{accessionId}/cancellation             401 403 403 403 404 404 403
            POST   /api/rounds/{id}/deadlines/{stage}/extension                       401 403 403 403 404 404 403
            POST   /api/rounds/{id}/launch                                            401 403 403 403 404 409 409
            POST   /api/rounds/{id}/pact/draft/commitments-from-answers               401 403 403 403 404 200 403
            POST   /api/rounds/{id}/participations/{participationId}/link-revocation  401 403 403 403 404 200 403
            POST   /api/rounds/{id}/stages/{stage}/closing                            401 403 403 403 404 404 403
            POST   /api/rounds/{id}/stakeholders                                      401 403 403 403 404 400 400
            POST   /api/rounds/{id}/stakeholders/{participationId}/reminder           401 403 403 403 404 404 404
            POST   /api/rounds/{id}/withdrawals                                       401 400 400 404 404 404 404
            POST   /api/rounds/{roundId}/documents                                    401 403 403 403 404 200 403
            POST   /api/tasks/{id}/comments                                           401 404 404 404 404 404 404
            POST   /api/tasks/{id}/signing-code                                       401 404 404 404 404 404 404
            POST   /api/tasks/{id}/submission                                         401 400 404 404 404 404 404
            POST   /my/pact/withdrawal                                                401 302 302 302 404 404 404
            POST   /my/tasks/{id}                                                     401 422 404 404 404 404 404
            POST   /my/tasks/{id}/comments                                            401 404 404 404 404 404 404
            POST   /my/tasks/{id}/comments/{commentId}/deletion                       401 404 404 404 404 404 404
            POST   /my/tasks/{id}/conditions                                          401 200 404 404 404 404 404
            POST   /rounds                                                            302 403 403 403 422 422 422
            POST   /rounds/{id}/accessions                                            302 403 403 403 404 409 403
            POST   /rounds/{id}/accessions/{accessionId}/cancellation                 302 403 403 403 404 404 403
            POST   /rounds/{id}/cancel                                                302 403 403 403 404 422 422
            POST   /rounds/{id}/deadlines/{stage}/extension                           302 403 403 403 404 404 403
            POST   /rounds/{id}/edit                                                  302 403 403 403 404 422 422
            POST   /rounds/{id}/launch                                                302 403 403 403 404 409 409
            POST   /rounds/{id}/notifications                                         302 403 403 403 404 422 403
            POST   /rounds/{id}/pact/comments/{commentId}/answer                      302 403 403 403 404 404 403
            POST   /rounds/{id}/pact/draft                                            302 403 403 403 404 302 403
            POST   /rounds/{id}/remind                                                302 403 403 403 404 302 403
            POST   /rounds/{id}/stages/{stage}/closing                                302 403 403 403 404 404 403
            POST   /rounds/{id}/stakeholders                                          302 403 403 403 404 422 422
            POST   /rounds/{id}/stakeholders/{participationId}/contact                302 403 403 403 404 404 404
            POST   /rounds/{id}/stakeholders/{participationId}/reminder               302 403 403 403 404 302 302
            POST   /rounds/{id}/stakeholders/{participationId}/remove                 302 403 403 403 404 404 404
            POST   /verify                                                            200 200 200 200 200 200 200
            PUT    /api/rounds/{id}/notification-preference                           401 403 403 403 404 400 403
            PUT    /api/rounds/{id}/pact/comments/{commentId}/answer                  401 403 403 403 404 404 403
            PUT    /api/rounds/{id}/pact/draft                                        401 403 403 403 404 200 403
            """;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void shouldAnswerEveryCallerOfEveryEndpointAsTheTableSays() {
        List<Row> rows = rows();
        Set<String> rowKeys = new TreeSet<>();
        rows.forEach(row -> rowKeys.add(row.key()));
        Set<String> endpoints = endpoints();
        Set<String> withoutRow = new TreeSet<>(endpoints);
        withoutRow.removeAll(rowKeys);
        Set<String> rowWithoutEndpoint = new TreeSet<>(rowKeys);
        rowWithoutEndpoint.removeAll(endpoints);
        rowWithoutEndpoint.removeIf(key -> OTHER_DOORS.stream().anyMatch(door -> key.contains(" " + door)));

        TwoRegions world = new TwoRegions(baseUrl(), accounts, mailbox, facilitator, facilitatorSession);
        Map<String, HttpSession> callers = world.callers();
        StringBuilder observed = new StringBuilder();
        List<String> wrong = new ArrayList<>();
        List<Row> asked = new ArrayList<>(rows);
        withoutRow.forEach(key -> asked.add(new Row(key.substring(0, key.indexOf(' ')),
                key.substring(key.indexOf(' ') + 1), java.util.Collections.nCopies(COLUMNS.size(), -1))));
        for (Row row : asked) {
            Map<String, Integer> statuses = new LinkedHashMap<>();
            for (String caller : ASKING_ORDER) {
                statuses.put(caller, ask(callers.get(caller), row, world));
            }
            observed.append(String.format("%-6s %-56s", row.method(), row.path()));
            for (int i = 0; i < COLUMNS.size(); i++) {
                int status = statuses.get(COLUMNS.get(i));
                observed.append(' ').append(status);
                if (status != row.expected().get(i)) {
                    wrong.add(row.key() + " as " + COLUMNS.get(i) + ": " + status + ", expected "
                            + row.expected().get(i));
                }
            }
            observed.append('\n');
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target", "authorization-matrix.txt"), observed);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(withoutRow).as("endpoints without a row in the matrix; observed:\n" + observed).isEmpty();
        assertThat(rowWithoutEndpoint).as("rows that name no endpoint").isEmpty();
        assertThat(wrong).as("cells that differ; the whole matrix as observed:\n" + observed).isEmpty();
    }

    private int ask(HttpSession caller, Row row, TwoRegions world) {
        String path = concrete(row.path(), world);
        boolean api = path.startsWith("/api/") || path.startsWith("/engine-rest/");
        try {
            if (takesAFile(row)) {
                return caller.postFile(path, "file", "raport.pdf", "application/pdf", TestFiles.PDF).status();
            }
            if (row.method().equals("GET")) {
                return caller.sendRaw("GET", path, null, new byte[0]).status();
            }
            return api || row.method().equals("DELETE")
                    ? caller.sendRaw(row.method(), path, "application/json", "{}".getBytes(StandardCharsets.UTF_8)).status()
                    : caller.sendRaw(row.method(), path, "application/x-www-form-urlencoded", new byte[0]).status();
        } catch (IllegalStateException e) {
            return -2;
        }
    }

    private static boolean takesAFile(Row row) {
        return row.method().equals("POST") && (row.path().endsWith("/documents")
                || row.path().equals("/verify") || row.path().equals("/api/public/verification"));
    }

    private static String concrete(String pattern, TwoRegions world) {
        Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, Matcher.quoteReplacement(world.valueOf(pattern, variable.group(1))));
        }
        return variable.appendTail(path).toString();
    }

    /** Every operation of the OpenAPI document and every Spring MVC handler, as "METHOD /path/{variable}". */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        JsonNode paths = HttpSession.anonymous(baseUrl()).get("/v3/api-docs").json().get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                endpoints.add(method.toUpperCase() + " " + path.getKey())));
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : MATRIX.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Iterator<String> cells = List.of(trimmed.split("\\s+")).iterator();
            String method = cells.next();
            String path = cells.next();
            List<Integer> expected = new ArrayList<>();
            cells.forEachRemaining(cell -> expected.add(Integer.parseInt(cell)));
            assertThat(expected).as(method + " " + path + ": one status per column").hasSize(COLUMNS.size());
            rows.add(new Row(method, path, expected));
        }
        return rows;
    }

    private record Row(String method, String path, List<Integer> expected) {

        String key() {
            return method + " " + path;
        }
    }
}
