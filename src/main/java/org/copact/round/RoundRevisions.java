package org.copact.round;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copact.common.Language;

/** What an edit does to a round: the definition it would make, the fields it may not touch, what it changed. */
final class RoundRevisions {

    private RoundRevisions() {
    }

    /** The round's definition with the patch applied, as text, as the validator reads a definition. */
    static RoundDefinition merged(Round round, RoundPatch patch) {
        return new RoundDefinition(
                or(patch.title(), round.title()),
                patch.topic() == null ? round.topic() : patch.topic(),
                round.regionId(),
                or(patch.defaultLanguage(), round.defaultLanguage().code()),
                patch.languages() != null ? patch.languages()
                        : round.languages().stream().map(Language::code).sorted().toList(),
                or(patch.consultationDeadline(), text(round, round.consultationDeadline())),
                or(patch.reminderBefore(), round.reminderBefore().toString()),
                or(patch.reviewDeadline(), text(round, round.reviewDeadline())),
                or(patch.signatureDeadline(), text(round, round.signatureDeadline())),
                or(patch.signingRule(), round.signingRule().name()),
                patch.targets() != null ? patch.targets()
                        : new RoundDefinition.TargetsInput(round.targets().answers(), round.targets().signatories()),
                List.of());
    }

    /**
     * After the launch, the languages, the reminder and the signing rule are those the stakeholders
     * were told of: asking for another is a field error (asking for the same is no change).
     */
    static void refuseFixedFields(Round round, RoundPatch patch, RoundFieldErrors errors) {
        if (patch.defaultLanguage() != null
                && Language.fromCodeOrNull(patch.defaultLanguage()) != round.defaultLanguage()) {
            errors.add("defaultLanguage", "round.error.fixedAfterLaunch");
        }
        if (patch.languages() != null) {
            Set<Language> asked = patch.languages().stream().map(Language::fromCodeOrNull).collect(Collectors.toSet());
            asked.add(round.defaultLanguage());
            if (!asked.equals(round.languages())) {
                errors.add("languages", "round.error.fixedAfterLaunch");
            }
        }
        if (patch.signingRule() != null
                && FieldChecks.parseEnum(SigningRule.class, patch.signingRule()) != round.signingRule()) {
            errors.add("signingRule", "round.error.fixedAfterLaunch");
        }
        if (patch.reminderBefore() != null && !round.reminderBefore().equals(duration(patch.reminderBefore()))) {
            errors.add("reminderBefore", "round.error.fixedAfterLaunch");
        }
    }

    /**
     * Before the launch, an edit keeps the signing rule with its quorum or groups, which were checked
     * against the stakeholders the round was defined with: asking for another is a field error.
     */
    static void refuseSigningChange(Round round, RoundPatch patch, RoundFieldErrors errors) {
        if (patch.signingRule() != null
                && FieldChecks.parseEnum(SigningRule.class, patch.signingRule()) != round.signingRule()) {
            errors.add("signingRule", "round.error.signingRuleKept");
        }
    }

    private static java.time.Duration duration(String text) {
        try {
            return java.time.Duration.parse(text.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether the patch moves the consultation deadline (a deadline it cannot read moves it). */
    static boolean movesConsultation(Round round, RoundPatch patch) {
        if (patch.consultationDeadline() == null) {
            return false;
        }
        try {
            return !OffsetDateTime.parse(patch.consultationDeadline().strip()).toInstant()
                    .equals(round.consultationDeadline());
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Each field that differs, with its value before and after. */
    static Map<String, RoundEvents.Change> changes(Round before, Round after) {
        Map<String, RoundEvents.Change> changes = new LinkedHashMap<>();
        compare(changes, "title", before, after, Round::title);
        compare(changes, "topic", before, after, Round::topic);
        compare(changes, "defaultLanguage", before, after, Round::defaultLanguage);
        compare(changes, "languages", before, after,
                r -> r.languages().stream().map(Language::code).sorted().collect(Collectors.joining(",")));
        compare(changes, "consultationDeadline", before, after, Round::consultationDeadline);
        compare(changes, "reminderBefore", before, after, Round::reminderBefore);
        compare(changes, "reviewDeadline", before, after, Round::reviewDeadline);
        compare(changes, "signatureDeadline", before, after, Round::signatureDeadline);
        compare(changes, "signingRule", before, after, Round::signingRule);
        compare(changes, "targets.answers", before, after, r -> r.targets().answers());
        compare(changes, "targets.signatories", before, after, r -> r.targets().signatories());
        return changes;
    }

    private static void compare(Map<String, RoundEvents.Change> changes, String field, Round before, Round after,
            Function<Round, Object> value) {
        Object old = value.apply(before);
        Object now = value.apply(after);
        if (!Objects.equals(old, now)) {
            changes.put(field, new RoundEvents.Change(old == null ? "" : old.toString(), now == null ? "" : now.toString()));
        }
    }

    private static String text(Round round, java.time.Instant instant) {
        ZoneOffset offset = round.timeZone() instanceof ZoneOffset o ? o
                : round.timeZone().getRules().getOffset(instant);
        return OffsetDateTime.ofInstant(instant, offset).toString();
    }

    private static String or(String given, String current) {
        return given != null ? given : current;
    }
}
