package org.copact.common;

import java.util.Optional;

/**
 * The language the person of the current request has made their own: a staff member's profile
 * language, a stakeholder's participation language. Implemented where people are known, so that
 * the pages and the API speak it without the person choosing it again on each visit.
 */
public interface PersonalLanguage {

    /** the caller's own language, if signed in and they have one */
    Optional<Language> current();

    /** whether the caller's own language is kept on their staff profile, so that a choice outlives the session */
    boolean kept();

    /** the caller chose this language with the page switch: a staff member keeps it on their profile */
    void chosen(Language language);
}
