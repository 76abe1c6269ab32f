package org.copact.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.copact.common.Language;

/** A region writing its own local green deals: the tenant of its rounds and facilitators. */
@Entity
@Table(name = "region")
class Region {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_language", nullable = false)
    private Language defaultLanguage;

    protected Region() {
    }

    public Region(String id, String name, Language defaultLanguage) {
        this.id = id;
        this.name = name;
        this.defaultLanguage = defaultLanguage;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Language getDefaultLanguage() {
        return defaultLanguage;
    }
}
