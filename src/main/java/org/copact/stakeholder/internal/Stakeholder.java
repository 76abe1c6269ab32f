package org.copact.stakeholder.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.copact.common.AbstractEntity;
import org.copact.common.Language;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.StakeholderCategory;

/** An organisation of a region with the person who speaks for it, known by that person's email. */
@Entity
@Table(name = "stakeholder")
public class Stakeholder extends AbstractEntity {

    @Column(name = "region_id", nullable = false)
    private String regionId;

    @Column(nullable = false)
    private String organisation;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StakeholderCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Column(name = "email_failing_since")
    private Instant emailFailingSince;

    @Column(name = "email_failure")
    private String emailFailure;

    protected Stakeholder() {
    }

    public Stakeholder(String regionId, String organisation, String contactName, String email,
            StakeholderCategory category, Language language) {
        this.regionId = regionId;
        this.email = Contact.normalise(email);
        update(organisation, contactName, category, language);
    }

    /** The latest definition of an organisation wins: names and languages change over time. */
    public void update(String organisation, String contactName, StakeholderCategory category, Language language) {
        this.organisation = organisation;
        this.contactName = contactName;
        this.category = category;
        this.language = language;
    }

    /** A new address for the same person (a typo fixed): whatever the old one's mail server said no longer holds. */
    public void correctEmail(String email) {
        this.email = Contact.normalise(email);
        emailFailingSince = null;
        emailFailure = null;
    }

    public void rename(String contactName) {
        this.contactName = contactName;
    }

    /** A mail server reported that mail to this address cannot be delivered; the first report counts. */
    public void markEmailFailing(Instant at, String failure) {
        if (emailFailingSince == null) {
            emailFailingSince = at;
        }
        emailFailure = failure == null || failure.length() <= 500 ? failure : failure.substring(0, 500);
    }

    public boolean isEmailFailing() {
        return emailFailingSince != null;
    }

    public Instant getEmailFailingSince() {
        return emailFailingSince;
    }

    public String getEmailFailure() {
        return emailFailure;
    }

    public String getRegionId() {
        return regionId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getContactName() {
        return contactName;
    }

    public String getEmail() {
        return email;
    }

    public StakeholderCategory getCategory() {
        return category;
    }

    public Language getLanguage() {
        return language;
    }
}
