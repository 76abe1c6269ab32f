package org.copact.round.internal;

import jakarta.persistence.Converter;
import org.copact.common.Language;
import org.copact.common.StringSetConverter;

@Converter
class LanguageSetConverter extends StringSetConverter<Language> {

    LanguageSetConverter() {
        super(Language.class);
    }
}
