package org.copact.process;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Whom a facilitator invites to accede: one of the round's stakeholders by {@code participationId},
 * or a new organisation with its contact (the other fields, as a round's definition names a stakeholder),
 * and by when it is to sign.
 */
@Schema(description = "The organisation invited to accede: participationId of a stakeholder of the round, or a new "
        + "organisation with its contact")
public record AccessionInput(
        @Schema(description = "a stakeholder of the round; leave out for a new organisation") String participationId,
        String organisation, String contactName, String email,
        @Schema(description = "PUBLIC_AUTHORITY, SME, NGO, ACADEMIA, ...") String category,
        @Schema(description = "en, ro, it, el, bg or mk") String language,
        @Schema(description = "the last day to sign (yyyy-MM-dd, in the round's time zone); left out, "
                + "copact.accession.due-after from today. The organisation is reminded before; after it, the "
                + "accession lapses") String dueDate) {

    public AccessionInput(String participationId, String organisation, String contactName, String email,
            String category, String language) {
        this(participationId, organisation, contactName, email, category, language, null);
    }
}
