package org.copact.overview;

import java.util.Map;
import org.copact.process.AccessionInput;

/** The round page's form to invite an organisation to accede, as typed. */
record AccessionForm(String participationId, String organisation, String contactName, String email,
        String category, String language, String dueDate) {

    static AccessionForm blank() {
        return new AccessionForm("", "", "", "", "", "", "");
    }

    static AccessionForm from(Map<String, String[]> posted) {
        return new AccessionForm(StakeholderForm.one(posted, "participationId"), StakeholderForm.one(posted,
                "organisation"), StakeholderForm.one(posted, "contactName"), StakeholderForm.one(posted, "email"),
                StakeholderForm.one(posted, "category"), StakeholderForm.one(posted, "language"),
                StakeholderForm.one(posted, "dueDate"));
    }

    /** one of the round's stakeholders when chosen, else a new organisation with its contact */
    AccessionInput input() {
        boolean known = !participationId.isBlank();
        return new AccessionInput(known ? participationId : null, known ? null : organisation,
                known ? null : contactName, known ? null : email, known ? null : category, known ? null : language,
                dueDate);
    }
}
