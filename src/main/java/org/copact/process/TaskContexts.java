package org.copact.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copact.pact.PactReview;
import org.copact.pact.PactVersion;

/** How a pact version and its reviews appear in the context of a task's form. */
public final class TaskContexts {

    private TaskContexts() {
    }

    public static Map<String, Object> version(PactVersion version) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", version.getId());
        map.put("number", version.getNumber());
        map.put("sha256", version.getSha256());
        map.put("text", version.getText());
        if (version.getChangeSummary() != null) {
            map.put("changeSummary", version.getChangeSummary());
        }
        return map;
    }

    public static List<Map<String, Object>> reviews(List<PactReview> reviews) {
        return reviews.stream().map(r -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("participationId", r.getParticipationId());
            map.put("decision", r.getDecision());
            if (r.getComment() != null) {
                map.put("comment", r.getComment());
            }
            return map;
        }).toList();
    }
}
