package org.copact.overview;

import java.util.List;
import java.util.Map;
import org.copact.round.RoundDefinition;

/** The round page's form for one more stakeholder, as typed. */
record StakeholderForm(String organisation, String contactName, String email, String category, String language,
        List<String> roles) {

    static StakeholderForm blank() {
        return new StakeholderForm("", "", "", "", "", List.of());
    }

    static StakeholderForm from(Map<String, String[]> posted) {
        return new StakeholderForm(one(posted, "organisation"), one(posted, "contactName"), one(posted, "email"),
                one(posted, "category"), one(posted, "language"),
                posted.containsKey("roles") ? List.of(posted.get("roles")) : List.of());
    }

    RoundDefinition.StakeholderInput input() {
        return new RoundDefinition.StakeholderInput(organisation, contactName, email, category, language, roles);
    }

    static String one(Map<String, String[]> posted, String name) {
        String[] values = posted.get(name);
        return values == null || values.length == 0 ? "" : values[0];
    }
}
