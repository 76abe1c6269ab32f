package org.copact.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.copact.identity.Caller;
import org.copact.identity.StaffAccount;
import org.copact.identity.StaffAccounts;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.stereotype.Component;

/**
 * The people of one round's timeline as a reader knows them: a stakeholder by name, organisation and
 * roles in the round, a staff member by name and role. Loaded once per timeline: the round's
 * participations in one query, each staff member once.
 */
@Component
class TimelinePeople {

    private final Participations participations;
    private final StaffAccounts accounts;

    TimelinePeople(Participations participations, StaffAccounts accounts) {
        this.participations = participations;
        this.accounts = accounts;
    }

    /** one person of the timeline; roles as their codes */
    record Person(String name, String organisation, List<String> roles, String searchable) {

        String label() {
            return organisation == null ? name : name + " (" + organisation + ")";
        }
    }

    /** The people of one round, looked up as the timeline asks. */
    final class OfRound {

        private final Map<String, ParticipationView> stakeholders = new HashMap<>();
        private final Map<String, Optional<Person>> staff = new HashMap<>();

        private OfRound(UUID roundId) {
            for (ParticipationView p : participations.ofRound(roundId)) {
                stakeholders.put(p.id().toString(), p);
            }
        }

        /**
         * Who an actor is: {@code stakeholder:<participation>}, a bare participation id (a task's
         * assignee), or a staff username; none for Copact itself and unknown names.
         */
        Optional<Person> of(String actor) {
            if (actor == null || actor.isBlank()) {
                return Optional.empty();
            }
            String key = actor.startsWith(Caller.STAKEHOLDER_ACTOR) ? actor.substring(Caller.STAKEHOLDER_ACTOR.length())
                    : actor;
            ParticipationView stakeholder = stakeholders.get(key);
            if (stakeholder != null) {
                return Optional.of(new Person(stakeholder.contact().contactName(), stakeholder.contact().organisation(),
                        stakeholder.roles().stream().map(ParticipationRole::name).sorted().toList(),
                        String.join(" ", stakeholder.contact().contactName(), stakeholder.contact().organisation(),
                                stakeholder.contact().email())));
            }
            return staff.computeIfAbsent(actor, username -> accounts.find(username).map(TimelinePeople::person));
        }

        /** every actor and participation id, mapped to what a search for a person may match */
        Map<String, String> searchable() {
            Map<String, String> all = new HashMap<>();
            stakeholders.forEach((id, p) -> {
                String text = String.join(" ", p.contact().contactName(), p.contact().organisation(),
                        p.contact().email());
                all.put(id, text);
                all.put(Caller.STAKEHOLDER_ACTOR + id, text);
            });
            staff.forEach((username, person) -> person.ifPresent(p -> all.put(username, p.searchable())));
            return all;
        }
    }

    OfRound of(UUID roundId) {
        return new OfRound(roundId);
    }

    private static Person person(StaffAccount account) {
        return new Person(account.displayName(), null, List.of(account.role().name()),
                account.displayName() + " " + account.username());
    }
}
