package org.copact.round;

import static org.copact.round.FieldChecks.field;
import static org.copact.round.FieldChecks.names;
import static org.copact.round.FieldChecks.parseEnum;
import static org.copact.round.FieldChecks.required;
import static org.copact.round.FieldChecks.requiredText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copact.common.EmailAddress;
import org.copact.common.Language;
import org.copact.round.RoundDefinition.StakeholderInput;
import org.copact.round.RoundDefinition.ValidStakeholder;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.StakeholderCategory;

/** The checks of a round's stakeholders, as defined with the round or added one at a time later. */
final class StakeholderChecks {

    static final int MAX_NAME = RoundDefinitionValidator.MAX_TITLE;

    private StakeholderChecks() {
    }

    static List<ValidStakeholder> stakeholders(List<StakeholderInput> inputs, RoundFieldErrors errors) {
        if (inputs == null || inputs.isEmpty()) {
            errors.add("stakeholders", "round.error.noStakeholder");
            return List.of();
        }
        if (inputs.size() > RoundDefinitionValidator.MAX_STAKEHOLDERS) {
            errors.add("stakeholders", "round.error.tooManyStakeholders",
                    String.valueOf(RoundDefinitionValidator.MAX_STAKEHOLDERS));
            return List.of();
        }
        List<ValidStakeholder> valid = new ArrayList<>(inputs.size());
        Set<String> emails = new HashSet<>();
        boolean anySignatory = false;
        for (int i = 0; i < inputs.size(); i++) {
            String path = "stakeholders[" + i + "]";
            StakeholderInput in = inputs.get(i);
            if (in == null) {
                errors.add(path, "round.error.empty");
                continue;
            }
            ValidStakeholder stakeholder = stakeholder(in, path, emails, errors);
            anySignatory |= stakeholder.roles().contains(ParticipationRole.SIGNATORY);
            valid.add(stakeholder);
        }
        if (!anySignatory) {
            errors.add("stakeholders", "round.error.noSignatory");
        }
        return valid;
    }

    /** One stakeholder at {@code path} ("" for a body of its own); {@code emails}: those taken, to which theirs is added. */
    static ValidStakeholder stakeholder(StakeholderInput in, String path, Set<String> emails, RoundFieldErrors errors) {
        String organisation = requiredText(in.organisation(), field(path, "organisation"), MAX_NAME, errors);
        String contactName = requiredText(in.contactName(), field(path, "contactName"), MAX_NAME, errors);
        String email = email(in.email(), field(path, "email"), emails, errors);
        StakeholderCategory category = required(in.category(), field(path, "category"), errors,
                code -> parseEnum(StakeholderCategory.class, code),
                "round.error.oneOf", names(StakeholderCategory.values()));
        Language language = required(in.language(), field(path, "language"), errors, Language::fromCodeOrNull,
                "round.error.language", FieldChecks.languageCodes());
        Set<ParticipationRole> roles = roles(in.roles(), field(path, "roles"), errors);
        return new ValidStakeholder(organisation, contactName, email, category, language, roles);
    }

    /** The address normalised, or null with its field's error; one already in {@code emails} is an error too. */
    static String email(String text, String field, Set<String> emails, RoundFieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "round.error.empty");
            return null;
        }
        if (!EmailAddress.isValid(text)) {
            errors.add(field, "round.error.email");
            return null;
        }
        String email = Contact.normalise(text);
        if (!emails.add(email)) {
            errors.add(field, "round.error.emailTwice");
        }
        return email;
    }

    private static Set<ParticipationRole> roles(List<String> names, String path, RoundFieldErrors errors) {
        if (names == null || names.isEmpty()) {
            errors.add(path, "round.error.noRole", names(ParticipationRole.values()));
            return Set.of();
        }
        Set<ParticipationRole> roles = EnumSet.noneOf(ParticipationRole.class);
        for (int i = 0; i < names.size(); i++) {
            ParticipationRole role = parseEnum(ParticipationRole.class, names.get(i));
            if (role == null) {
                errors.add(path + "[" + i + "]", "round.error.oneOf", names(ParticipationRole.values()));
            } else {
                roles.add(role);
            }
        }
        return roles;
    }
}
