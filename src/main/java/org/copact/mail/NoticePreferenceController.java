package org.copact.mail;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Locale;
import java.util.UUID;
import org.copact.common.InvalidInputException;
import org.copact.identity.CurrentCaller;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether the facilitators of a round get its notices at once or as one digest a day. */
@RestController
@RequestMapping("/api/rounds/{id}/notification-preference")
class NoticePreferenceController {

    private final RoundService rounds;
    private final NoticePreferences preferences;
    private final CurrentCaller caller;
    private final MessageSource messages;

    NoticePreferenceController(RoundService rounds, NoticePreferences preferences, CurrentCaller caller,
            MessageSource messages) {
        this.rounds = rounds;
        this.preferences = preferences;
        this.caller = caller;
        this.messages = messages;
    }

    record Preference(String mode) {
    }

    @Operation(summary = "How the round's facilitators get its notices", description = "IMMEDIATE or DAILY_DIGEST.")
    @GetMapping
    Preference get(@PathVariable UUID id) {
        Round round = rounds.visibleRound(id, caller.staff());
        return new Preference(preferences.of(round.id()).name());
    }

    @Operation(summary = "Choose how the round's facilitators get its notices", description = "IMMEDIATE: each "
            + "notice at once; DAILY_DIGEST: one mail a day listing them. A wrong mode is a field error.")
    @PutMapping
    @PreAuthorize("hasRole('FACILITATOR')")
    Preference put(@PathVariable UUID id, @RequestBody Preference preference) {
        Round round = rounds.visibleRound(id, caller.staff());
        NoticePreferences.Mode mode = parse(preference == null ? null : preference.mode(),
                LocaleContextHolder.getLocale(), messages);
        preferences.choose(round.id(), mode, caller.staff().username());
        return new Preference(mode.name());
    }

    static NoticePreferences.Mode parse(String mode, Locale locale, MessageSource messages) {
        try {
            return NoticePreferences.Mode.valueOf(mode == null ? "" : mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("mode", messages.getMessage("staff.notices.error.mode", null, locale));
        }
    }
}
