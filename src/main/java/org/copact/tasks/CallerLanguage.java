package org.copact.tasks;

import java.util.Optional;
import org.copact.common.Language;
import org.copact.common.PersonalLanguage;
import org.copact.identity.Caller;
import org.copact.identity.CurrentCaller;
import org.copact.identity.StaffAccounts;
import org.copact.stakeholder.Participations;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The caller's own language: a staff member's profile language, kept when they switch; a
 * stakeholder's participation language, which the switch does not change (their mails keep it).
 */
@Component
class CallerLanguage implements PersonalLanguage {

    private final CurrentCaller callers;
    private final StaffAccounts staff;
    private final Participations participations;

    CallerLanguage(CurrentCaller callers, StaffAccounts staff, Participations participations) {
        this.callers = callers;
        this.staff = staff;
        this.participations = participations;
    }

    @Override
    public Optional<Language> current() {
        return caller().flatMap(this::of);
    }

    /** This person's own language: a staff member's profile language, a stakeholder's participation language. */
    Optional<Language> of(Caller caller) {
        return caller instanceof Caller.Staff member ? staff.languageOf(member.username())
                : caller.participation().flatMap(participations::find).map(p -> p.contact().language());
    }

    @Override
    public boolean kept() {
        return caller().filter(Caller.Staff.class::isInstance).isPresent();
    }

    @Override
    public void chosen(Language language) {
        caller().filter(Caller.Staff.class::isInstance)
                .ifPresent(member -> staff.speak(((Caller.Staff) member).username(), language));
    }

    private Optional<Caller> caller() {
        try {
            return Optional.of(callers.get());
        } catch (AuthenticationException notSignedIn) {
            return Optional.empty();
        }
    }
}
