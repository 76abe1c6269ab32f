package org.copact.stakeholder;

import java.util.Set;
import java.util.UUID;

/**
 * A stakeholder's part in one round, with their contact as it stood when read; {@code removed}: taken
 * out of the round (only a read by id still finds it).
 */
public record ParticipationView(UUID id, UUID roundId, Set<ParticipationRole> roles, boolean removed,
        Contact contact) {

    public ParticipationView {
        roles = Set.copyOf(roles);
    }

    public boolean has(ParticipationRole role) {
        return roles.contains(role);
    }
}
