package org.copact.stakeholder.internal;

import jakarta.persistence.Converter;
import org.copact.common.StringSetConverter;
import org.copact.stakeholder.ParticipationRole;

@Converter
class ParticipationRoleConverter extends StringSetConverter<ParticipationRole> {

    ParticipationRoleConverter() {
        super(ParticipationRole.class);
    }
}
