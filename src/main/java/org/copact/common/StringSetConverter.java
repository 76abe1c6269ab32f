package org.copact.common;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a small set of codes as one comma-separated column, in a stable order. */
public abstract class StringSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    protected StringSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new LinkedHashSet<>();
        }
        return Arrays.stream(column.split(","))
                .map(name -> Enum.valueOf(type, name.trim()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
