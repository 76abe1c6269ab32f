package org.copact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.identity.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a person trying Copact reaches besides the API: the webapps, the documents, the sent mail. */
class RunningCopactTests extends HttpTestSupport {

    @Autowired
    RepositoryService repository;

    @Test
    void shouldDeployEveryStageAndEveryFormForCamundasOwnToolsToo() {
        List<String> processes = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).toList();
        assertThat(processes).contains("co-creation-round", "stakeholder-consultation", "pact-drafting",
                "pact-review", "pact-signature");
        List<String> resources = repository.createDeploymentQuery().list().stream()
                .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream()).toList();
        assertThat(resources).anySatisfy(r -> assertThat(r).endsWith("forms/consultation-answer.form"))
                .anySatisfy(r -> assertThat(r).endsWith("forms/pact-draft.form"))
                .anySatisfy(r -> assertThat(r).endsWith("forms/review-draft.form"))
                .anySatisfy(r -> assertThat(r).endsWith("forms/review-decision.form"))
                .anySatisfy(r -> assertThat(r).endsWith("forms/pact-signature.form"));
    }

    @Test
    void shouldServeCamundasWebappsAndKeepTheEngineApiToAdministrators() {
        HttpSession anonymous = HttpSession.anonymous(baseUrl());
        assertThat(anonymous.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
        assertThat(anonymous.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
        assertThat(anonymous.get("/camunda/app/admin/default/").status()).isEqualTo(200);
        assertThat(anonymous.get("/engine-rest/process-definition").status()).isEqualTo(401);
        assertThat(facilitatorSession.get("/engine-rest/process-definition").status()).isEqualTo(403);

        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureUser(admin, admin, "Administrator", StaffRole.ADMIN, null, null);
        HttpSession.Response definitions = HttpSession.loggedIn(baseUrl(), admin, admin)
                .get("/engine-rest/process-definition?key=co-creation-round");
        assertThat(definitions.status()).isEqualTo(200);
        assertThat(definitions.body()).contains("co-creation-round");
    }

    @Test
    void shouldPublishTheOpenApiDocumentOfTheApi() {
        HttpSession.Response document = HttpSession.anonymous(baseUrl()).get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").fieldNames()).toIterable().contains("/api/rounds",
                "/api/rounds/{id}/launch", "/api/tasks", "/api/tasks/{id}/form", "/api/tasks/{id}/submission",
                "/api/rounds/{id}/pact", "/api/rounds/{id}/history");
    }

    @Test
    void shouldListTheMailSentForStaffOnly() {
        HttpSession.Response page = facilitatorSession.get("/dev/mail");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Mail sent by Copact");
        assertThat(HttpSession.anonymous(baseUrl()).get("/dev/mail").status()).as("to the login page").isEqualTo(302);
    }
}
