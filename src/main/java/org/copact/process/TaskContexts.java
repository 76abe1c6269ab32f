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
        map.put("id", version.id());
        map.put("number", version.number());
        map.put("sha256", version.sha256());
        map.put("text", version.text());
        if (version.changeSummary() != null) {
            map.put("changeSummary", version.changeSummary());
        }
        return map;
    }

    public static List<Map<String, Object>> reviews(List<PactReview> reviews) {
        return reviews.stream().map(r -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("participationId", r.participationId());
            map.put("decision", r.decision());
            if (r.comment() != null) {
                map.put("comment", r.comment());
            }
            return map;
        }).toList();
    }
}
