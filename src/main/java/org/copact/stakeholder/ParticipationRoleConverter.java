package org.copact.stakeholder;

import jakarta.persistence.Converter;
import org.copact.common.StringSetConverter;

@Converter
class ParticipationRoleConverter extends StringSetConverter<ParticipationRole> {

    ParticipationRoleConverter() {
        super(ParticipationRole.class);
    }
}
